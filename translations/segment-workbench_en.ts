<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>swb::ClusterFeatureModel</name>
    <message numerus="yes">
        <location filename="../ui/clusters/clusterfeaturemodel.cpp" line="106"/>
        <source>%Ln customer(s) without a value: left out when this field is clustered on.</source>
        <translation>
            <numerusform>%Ln customer without a value: left out when this field is clustered on.</numerusform>
            <numerusform>%Ln customers without a value: left out when this field is clustered on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::ClusterRuns</name>
    <message numerus="yes">
        <location filename="../model/analytics/clusterruns.cpp" line="194"/>
        <source>Give each of the %n cluster(s) a name.</source>
        <translation>
            <numerusform>Give the %n cluster a name.</numerusform>
            <numerusform>Give each of the %n clusters a name.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::ClustersPage</name>
    <message numerus="yes">
        <location filename="../ui/clusters/clusterspage.cpp" line="253"/>
        <source>Clustering into %n group(s)…</source>
        <translation>
            <numerusform>Clustering into %n group…</numerusform>
            <numerusform>Clustering into %n groups…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clusters/clusterspage.cpp" line="329"/>
        <source>%n cluster(s) of %1 customers; %2 left out for a missing value.</source>
        <translation>
            <numerusform>%n cluster of %1 customers; %2 left out for a missing value.</numerusform>
            <numerusform>%n clusters of %1 customers; %2 left out for a missing value.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clusters/clusterspage.cpp" line="474"/>
        <source>Saved %n segment(s): %1.</source>
        <translation>
            <numerusform>Saved %n segment: %1.</numerusform>
            <numerusform>Saved %n segments: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::CountPanel</name>
    <message numerus="yes">
        <location filename="../ui/filter/countpanel.cpp" line="22"/>
        <location filename="../ui/filter/countpanel.cpp" line="66"/>
        <source>customers</source>
        <translation>
            <numerusform>customer</numerusform>
            <numerusform>customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::CustomersPage</name>
    <message numerus="yes">
        <location filename="../ui/customers/customerspage.cpp" line="185"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::DistributionPanel</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/distributionpanel.cpp" line="253"/>
        <source>By %n years.</source>
        <translation>
            <numerusform>By %n year.</numerusform>
            <numerusform>By %n years.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::ExportDialog</name>
    <message numerus="yes">
        <location filename="../ui/export/exportdialog.cpp" line="589"/>
        <source>%Ln customer(s) will be exported.</source>
        <translation>
            <numerusform>%Ln customer will be exported.</numerusform>
            <numerusform>%Ln customers will be exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/exportdialog.cpp" line="423"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/exportdialog.cpp" line="675"/>
        <source>Exported %Ln customer(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln customer to %1.</numerusform>
            <numerusform>Exported %Ln customers to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/exportdialog.cpp" line="682"/>
        <source>%1: %Ln</source>
        <translation>
            <numerusform>%1: %Ln</numerusform>
            <numerusform>%1: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::ExportHistoryDialog</name>
    <message numerus="yes">
        <location filename="../ui/export/exporthistorydialog.cpp" line="53"/>
        <source>%n export(s), newest first.</source>
        <translation>
            <numerusform>%n export, newest first.</numerusform>
            <numerusform>%n exports, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::ExportReport</name>
    <message numerus="yes">
        <location filename="../model/export/exporttypes.cpp" line="194"/>
        <source>Left out %Ln customer(s): %1.</source>
        <translation>
            <numerusform>Left out %Ln customer: %1.</numerusform>
            <numerusform>Left out %Ln customers: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::ExportSegmentsBox</name>
    <message numerus="yes">
        <location filename="../ui/export/exportsegmentsbox.cpp" line="45"/>
        <source>%n checked segment(s) go into one export, laid out as chosen here.</source>
        <translation>
            <numerusform>%n checked segment goes into one export, laid out as chosen here.</numerusform>
            <numerusform>%n checked segments go into one export, laid out as chosen here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::FilterDescriber</name>
    <message numerus="yes">
        <location filename="../model/filter/filterdescriber.cpp" line="76"/>
        <source>ordered in the last %n day(s)</source>
        <translation>
            <numerusform>ordered in the last %n day</numerusform>
            <numerusform>ordered in the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/filter/filterdescriber.cpp" line="148"/>
        <source>%1 is within the last %n day(s)</source>
        <translation>
            <numerusform>%1 is within the last %n day</numerusform>
            <numerusform>%1 is within the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/filter/filterdescriber.cpp" line="150"/>
        <source>%1 is not within the last %n day(s)</source>
        <translation>
            <numerusform>%1 is not within the last %n day</numerusform>
            <numerusform>%1 is not within the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/filter/filterdescriber.cpp" line="152"/>
        <source>%1 is more than %n day(s) ago</source>
        <translation>
            <numerusform>%1 is more than %n day ago</numerusform>
            <numerusform>%1 is more than %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::ImportIssuesDialog</name>
    <message numerus="yes">
        <location filename="../ui/import/importissuesdialog.cpp" line="64"/>
        <source>%Ln issue(s), in the order of their lines in the file.</source>
        <translation>
            <numerusform>%Ln issue, in the order of their lines in the file.</numerusform>
            <numerusform>%Ln issues, in the order of their lines in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importissuesdialog.cpp" line="98"/>
        <source>%Ln issue(s) saved to %1.</source>
        <translation>
            <numerusform>%Ln issue saved to %1.</numerusform>
            <numerusform>%Ln issues saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::ImportPreviewPage</name>
    <message numerus="yes">
        <location filename="../ui/import/importpreviewpage.cpp" line="258"/>
        <source>Detected: %1 encoding, %2 delimiter, %3. %Ln column(s); the first rows are shown below.</source>
        <translation>
            <numerusform>Detected: %1 encoding, %2 delimiter, %3. %Ln column; the first rows are shown below.</numerusform>
            <numerusform>Detected: %1 encoding, %2 delimiter, %3. %Ln columns; the first rows are shown below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::ImportSummaryPage</name>
    <message numerus="yes">
        <location filename="../ui/import/importsummarypage.cpp" line="84"/>
        <source>Imported %Ln order(s) from %1 in %2 s.</source>
        <translation>
            <numerusform>Imported %Ln order from %1 in %2 s.</numerusform>
            <numerusform>Imported %Ln orders from %1 in %2 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importsummarypage.cpp" line="87"/>
        <source>%Ln customer(s) appeared only in the orders file and were added.</source>
        <translation>
            <numerusform>%Ln customer appeared only in the orders file and was added.</numerusform>
            <numerusform>%Ln customers appeared only in the orders file and were added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importsummarypage.cpp" line="91"/>
        <source>%Ln order(s) have no customer key; they are kept but count for no customer.</source>
        <translation>
            <numerusform>%Ln order has no customer key; it is kept but counts for no customer.</numerusform>
            <numerusform>%Ln orders have no customer key; they are kept but count for no customer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importsummarypage.cpp" line="94"/>
        <source>Imported %Ln customer(s) from %1 in %2 s.</source>
        <translation>
            <numerusform>Imported %Ln customer from %1 in %2 s.</numerusform>
            <numerusform>Imported %Ln customers from %1 in %2 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importsummarypage.cpp" line="101"/>
        <source>%Ln customer(s) that exist only in the orders were kept, so that every order keeps its customer.</source>
        <translation>
            <numerusform>%Ln customer that exists only in the orders was kept, so that every order keeps its customer.</numerusform>
            <numerusform>%Ln customers that exist only in the orders were kept, so that every order keeps its customer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importsummarypage.cpp" line="106"/>
        <source>The file has %Ln data row(s); the rows not imported are listed as issues.</source>
        <translation>
            <numerusform>The file has %Ln data row; the rows not imported are listed as issues.</numerusform>
            <numerusform>The file has %Ln data rows; the rows not imported are listed as issues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importsummarypage.cpp" line="115"/>
        <source>%Ln value(s) or row(s) were changed or rejected. The first %1 are listed here; nothing is lost silently: all are kept in the workspace.</source>
        <translation>
            <numerusform>%Ln value or row was changed or rejected; %1 of them are listed here; nothing is lost silently: it is kept in the workspace.</numerusform>
            <numerusform>%Ln values or rows were changed or rejected. The first %1 are listed here; nothing is lost silently: all are kept in the workspace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importsummarypage.cpp" line="120"/>
        <source>%Ln value(s) or row(s) were changed or rejected; each is listed with its line in the file and the reason.</source>
        <translation>
            <numerusform>%Ln value or row was changed or rejected; it is listed with its line in the file and the reason.</numerusform>
            <numerusform>%Ln values or rows were changed or rejected; each is listed with its line in the file and the reason.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::ImportTargetPage</name>
    <message numerus="yes">
        <location filename="../ui/import/importtargetpage.cpp" line="151"/>
        <source>%Ln column(s) of %1 will be imported as orders.</source>
        <translation>
            <numerusform>%Ln column of %1 will be imported as orders.</numerusform>
            <numerusform>%Ln columns of %1 will be imported as orders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importtargetpage.cpp" line="152"/>
        <source>%Ln column(s) of %1 will be imported as customers.</source>
        <translation>
            <numerusform>%Ln column of %1 will be imported as customers.</numerusform>
            <numerusform>%Ln columns of %1 will be imported as customers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::JobIndicator</name>
    <message numerus="yes">
        <location filename="../ui/shell/jobindicator.cpp" line="70"/>
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (and %n more)</numerusform>
            <numerusform>%1 (and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::ListValueEditor</name>
    <message numerus="yes">
        <location filename="../ui/filter/editors/listvalueeditor.cpp" line="238"/>
        <source>%Ln row(s) hold this value</source>
        <translation>
            <numerusform>%Ln row holds this value</numerusform>
            <numerusform>%Ln rows hold this value</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="660"/>
        <source>%Ln customer(s) match</source>
        <translation>
            <numerusform>%Ln customer matches</numerusform>
            <numerusform>%Ln customers match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="663"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::PreferencesDialog</name>
    <message numerus="yes">
        <location filename="../ui/shell/preferencesdialog.cpp" line="134"/>
        <source>Copies now: %n workspace(s), %1.</source>
        <translation>
            <numerusform>Copies now: %n workspace, %1.</numerusform>
            <numerusform>Copies now: %n workspaces, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::ReviewReportWriter</name>
    <message numerus="yes">
        <location filename="../ui/report/reportpages.cpp" line="119"/>
        <source>%n segment(s) in this report:</source>
        <translation>
            <numerusform>%n segment in this report:</numerusform>
            <numerusform>%n segments in this report:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/reportpages.cpp" line="126"/>
        <source>… and %n more: see the KPI table.</source>
        <translation>
            <numerusform>… and %n more: see the KPI table.</numerusform>
            <numerusform>… and %n more: see the KPI table.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::RfmPage</name>
    <message numerus="yes">
        <location filename="../ui/rfm/rfmpage.cpp" line="469"/>
        <source>Saved %n RFM group(s) as static segments (&quot;RFM: Champions&quot;, …).</source>
        <translation>
            <numerusform>Saved %n RFM group as a static segment (&quot;RFM: Champions&quot;, …).</numerusform>
            <numerusform>Saved %n RFM groups as static segments (&quot;RFM: Champions&quot;, …).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::ScatterPlot</name>
    <message numerus="yes">
        <location filename="../ui/charts/scatterplot.cpp" line="291"/>
        <source>%1 (%2): %n point drawn, centred at %3 %4, %5 %6</source>
        <translation>
            <numerusform>%1 (%2): %n point drawn, centred at %3 %4, %5 %6</numerusform>
            <numerusform>%1 (%2): %n points drawn, centred at %3 %4, %5 %6</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/scatterplot.cpp" line="292"/>
        <source>%1 (%2): %n points drawn, centred at %3 %4, %5 %6</source>
        <translation>
            <numerusform>%1 (%2): %n point drawn, centred at %3 %4, %5 %6</numerusform>
            <numerusform>%1 (%2): %n points drawn, centred at %3 %4, %5 %6</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::SegmentBuilderPage</name>
    <message numerus="yes">
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="390"/>
        <source>%n rule is incomplete; complete or remove it first.</source>
        <translation>
            <numerusform>%n rule is incomplete; complete or remove it first.</numerusform>
            <numerusform>%n rule is incomplete; complete or remove it first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="391"/>
        <source>%n rules are incomplete; complete or remove them first.</source>
        <translation>
            <numerusform>%n rules are incomplete; complete or remove them first.</numerusform>
            <numerusform>%n rules are incomplete; complete or remove them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::SegmentEditor</name>
    <message numerus="yes">
        <location filename="../ui/filter/segmenteditor.cpp" line="158"/>
        <source>%n incomplete rule left out</source>
        <translation>
            <numerusform>%n incomplete rule left out</numerusform>
            <numerusform>%n incomplete rule left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/filter/segmenteditor.cpp" line="159"/>
        <source>%n incomplete rules left out</source>
        <translation>
            <numerusform>%n incomplete rules left out</numerusform>
            <numerusform>%n incomplete rules left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/filter/segmenteditor.cpp" line="186"/>
        <source>%n incomplete rule is left out until it is complete.</source>
        <translation>
            <numerusform>%n incomplete rule is left out until it is complete.</numerusform>
            <numerusform>%n incomplete rule is left out until it is complete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/filter/segmenteditor.cpp" line="188"/>
        <source>%n incomplete rules are left out until they are complete.</source>
        <translation>
            <numerusform>%n incomplete rules are left out until they are complete.</numerusform>
            <numerusform>%n incomplete rules are left out until they are complete.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::SegmentPage</name>
    <message numerus="yes">
        <location filename="../ui/report/segmentpage.cpp" line="89"/>
        <source>Customers at each month end, last %n month(s)</source>
        <translation>
            <numerusform>Customers at each month end, last %n month</numerusform>
            <numerusform>Customers at each month end, last %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::SegmentRepository</name>
    <message numerus="yes">
        <location filename="../model/segments/segmentrepository.cpp" line="113"/>
        <source>A segment name can be at most 200 characters long (this one has %n).</source>
        <translation>
            <numerusform>A segment name can be at most 200 characters long (this one has %n).</numerusform>
            <numerusform>A segment name can be at most 200 characters long (this one has %n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::SegmentsDock</name>
    <message numerus="yes">
        <location filename="../ui/segments/segmentsdock.cpp" line="195"/>
        <source>No segment name contains &quot;%1&quot;. Clear the filter to see all %n segment(s).</source>
        <translation>
            <numerusform>No segment name contains &quot;%1&quot;. Clear the filter to see the %n segment.</numerusform>
            <numerusform>No segment name contains &quot;%1&quot;. Clear the filter to see all %n segments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::Selection</name>
    <message numerus="yes">
        <location filename="../model/selection/selection.cpp" line="121"/>
        <source>%Ln listed customer(s)</source>
        <translation>
            <numerusform>%Ln listed customer</numerusform>
            <numerusform>%Ln listed customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::ValueParameterModel</name>
    <message numerus="yes">
        <location filename="../ui/value/valueparametermodel.cpp" line="47"/>
        <source>%n iteration(s)</source>
        <translation>
            <numerusform>%n iteration</numerusform>
            <numerusform>%n iterations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/value/valueparametermodel.cpp" line="61"/>
        <source>%Ln repeat customer(s) with spend</source>
        <translation>
            <numerusform>%Ln repeat customer with spend</numerusform>
            <numerusform>%Ln repeat customers with spend</numerusform>
        </translation>
    </message>
</context>
</TS>
