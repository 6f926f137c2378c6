<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="75"/>
        <source>No translation for &quot;%1&quot;; showing English.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::AboutDialog</name>
    <message>
        <location filename="../ui/shell/aboutdialog.cpp" line="31"/>
        <source>Segment Workbench is built with these libraries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/aboutdialog.cpp" line="31"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/aboutdialog.cpp" line="32"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/aboutdialog.cpp" line="32"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/aboutdialog.cpp" line="40"/>
        <source>About Segment Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/aboutdialog.cpp" line="41"/>
        <source>&lt;h3&gt;Segment Workbench %1&lt;/h3&gt;&lt;p&gt;Built on %2.&lt;/p&gt;&lt;p&gt;Turn a customer export into segments you can trust, compare and hand on. Everything runs on this computer: customer data never leaves it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/aboutdialog.cpp" line="53"/>
        <source>Libraries and licences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::BarChart</name>
    <message>
        <location filename="../ui/charts/barchart.cpp" line="143"/>
        <source>Reference line: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::BooleanValueEditor</name>
    <message>
        <location filename="../ui/filter/editors/simplevalueeditors.cpp" line="123"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ChartExport</name>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="28"/>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="125"/>
        <source>%1 has no known picture type: end the name with .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="146"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="154"/>
        <source>chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="156"/>
        <source>Save Chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ChartPanel</name>
    <message>
        <location filename="../ui/charts/chartpanel.cpp" line="47"/>
        <source>&amp;Copy Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpanel.cpp" line="48"/>
        <source>&amp;Save Chart As…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ClusterAnalysis</name>
    <message>
        <location filename="../model/analytics/clusterfeatures.cpp" line="33"/>
        <source>The workspace has no customers yet: import a customer file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/clusterfeatures.cpp" line="35"/>
        <source>Choose at least one numeric field to cluster on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/clusterfeatures.cpp" line="41"/>
        <source>The customer table has no field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/clusterfeatures.cpp" line="43"/>
        <source>&quot;%1&quot; is a text field; clustering needs numbers or dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/clusteranalysis.cpp" line="179"/>
        <source>days since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/clusteranalysis.cpp" line="200"/>
        <location filename="../model/analytics/clusteranalysis.cpp" line="228"/>
        <source>The clustering was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/clusteranalysis.cpp" line="335"/>
        <source>Cluster %1 of %2 (run %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ClusterExplainer</name>
    <message>
        <location filename="../model/analytics/clusterexplainer.cpp" line="173"/>
        <source>The clustered rows, their clusters and the features do not fit together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/clusterexplainer.cpp" line="188"/>
        <source>The customer table has no field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/clusterexplainer.cpp" line="219"/>
        <source>The rule of cluster %1 is not a valid definition: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ClusterFeatureModel</name>
    <message>
        <location filename="../ui/clusters/clusterfeaturemodel.cpp" line="93"/>
        <source>%1 (column %2), clustered as the days since the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterfeaturemodel.cpp" line="94"/>
        <source>%1 (column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clusters/clusterfeaturemodel.cpp" line="106"/>
        <source>%n customer(s) without a value: left out when this field is clustered on.</source>
        <translation>
            <numerusform>%n customer without a value: left out when this field is clustered on.</numerusform>
            <numerusform>%n customers without a value: left out when this field is clustered on.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterfeaturemodel.cpp" line="116"/>
        <source>suggested</source>
        <extracomment>Marks a field whose values are skewed, for which a log transform is suggested.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterfeaturemodel.cpp" line="119"/>
        <source>Skewed (skewness %1): a log transform keeps a few large values from dominating the clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterfeaturemodel.cpp" line="121"/>
        <source>Skewness %1: a log transform is not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterfeaturemodel.cpp" line="159"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterfeaturemodel.cpp" line="162"/>
        <source>Missing</source>
        <extracomment>Column of the feature picker: customers without a value in the field.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterfeaturemodel.cpp" line="165"/>
        <source>Log</source>
        <extracomment>Column of the feature picker: transform the field with log(1 + x) before scaling.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ClusterProfiler</name>
    <message>
        <location filename="../analysis/clusterprofile.cpp" line="16"/>
        <source>feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/clusterprofile.cpp" line="18"/>
        <source>The labels do not match the rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/clusterprofile.cpp" line="23"/>
        <source>The label %1 is outside 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/clusterprofile.cpp" line="68"/>
        <source>high %1</source>
        <extracomment>Short cluster description term, e.g. &quot;high income&quot;; %1 is a field name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/clusterprofile.cpp" line="70"/>
        <source>low %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/clusterprofile.cpp" line="73"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/clusterprofile.cpp" line="76"/>
        <source>close to average</source>
        <extracomment>Label of a cluster whose means are all close to the whole base&apos;s.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/clusterprofile.cpp" line="81"/>
        <source>%1, %2</source>
        <extracomment>Joins terms of a cluster label: &quot;high income, low recency&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ClusterResults</name>
    <message>
        <location filename="../ui/clusters/clusterresults.cpp" line="31"/>
        <source>Customers on the two main directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterresults.cpp" line="33"/>
        <source>Cluster profiles: mean per field, coloured by z-score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterresults.cpp" line="43"/>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterresults.cpp" line="44"/>
        <source>Clusters as rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterresults.cpp" line="45"/>
        <source>Save Clusters as Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterresults.cpp" line="47"/>
        <source>One static segment per cluster, named after its label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterresults.cpp" line="48"/>
        <source>Open Rule in Builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterresults.cpp" line="50"/>
        <source>Opens the chosen cluster&apos;s rule in the segment builder, where you can edit and save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterresults.cpp" line="153"/>
        <source>PC1 (%1% of the variance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterresults.cpp" line="154"/>
        <source>PC2 (%1% of the variance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterresults.cpp" line="177"/>
        <source>%1: %2</source>
        <extracomment>A cluster&apos;s name in charts: its number and its label.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ClusterRuns</name>
    <message>
        <location filename="../model/analytics/clusterruns.cpp" line="146"/>
        <location filename="../model/analytics/clusterruns.cpp" line="168"/>
        <source>The clustering run %1 is no longer in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/analytics/clusterruns.cpp" line="192"/>
        <source>Give each of the %n cluster(s) a name.</source>
        <translation>
            <numerusform>Give the %n cluster a name.</numerusform>
            <numerusform>Give each of the %n clusters a name.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/analytics/clusterruns.cpp" line="208"/>
        <source>Cluster %1 of %2 (clustering run %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/clusterruns.cpp" line="209"/>
        <source>Cluster %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ClusterRunsModel</name>
    <message>
        <location filename="../ui/clusters/clusterrunsmodel.cpp" line="47"/>
        <source>Run %1: %2. Double-click to show it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterrunsmodel.cpp" line="65"/>
        <source>%1 (of %2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterrunsmodel.cpp" line="84"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterrunsmodel.cpp" line="86"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterrunsmodel.cpp" line="88"/>
        <source>k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterrunsmodel.cpp" line="90"/>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterrunsmodel.cpp" line="92"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterrunsmodel.cpp" line="94"/>
        <source>Silhouette</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ClusterService</name>
    <message>
        <location filename="../model/analytics/clusterservice.cpp" line="18"/>
        <source>Clustering the customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ClusterSetup</name>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="35"/>
        <location filename="../ui/clusters/clustersetup.cpp" line="55"/>
        <source>Fields to cluster on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="37"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="40"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="79"/>
        <source>z-score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="80"/>
        <source>min–max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="81"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="82"/>
        <source>How the fields are put on one scale before k-means compares distances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="83"/>
        <source>&amp;Scaling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="85"/>
        <source>Try k from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="88"/>
        <source>k =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="104"/>
        <source>to</source>
        <extracomment>Between the two ends of the range of k: &quot;Try k from 2 to 8&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="111"/>
        <source>Clusters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="114"/>
        <source>k-means starts this many times from different seeds and keeps the tightest result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="115"/>
        <source>&amp;Restarts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="117"/>
        <source>The same seed gives the same clusters again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="118"/>
        <source>S&amp;eed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="123"/>
        <source>&amp;Within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="124"/>
        <source>Explain each cluster as a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="136"/>
        <source>Cluster the customers on the chosen fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="136"/>
        <source>Tick at least one field first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="173"/>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ClusterTableModel</name>
    <message>
        <location filename="../ui/clusters/clustertablemodel.cpp" line="71"/>
        <source>Not explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustertablemodel.cpp" line="100"/>
        <source>Automatic label: %1. Double-click to rename the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustertablemodel.cpp" line="102"/>
        <source>%1
Selects %2 of the clustered customers, %3 of them in this cluster (F1 %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustertablemodel.cpp" line="156"/>
        <source>#</source>
        <extracomment>Column of the cluster table: the cluster&apos;s number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustertablemodel.cpp" line="158"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustertablemodel.cpp" line="160"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustertablemodel.cpp" line="162"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustertablemodel.cpp" line="164"/>
        <source>As a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustertablemodel.cpp" line="166"/>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustertablemodel.cpp" line="168"/>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ClustersPage</name>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="53"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="84"/>
        <source>Past runs (double-click to reopen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="173"/>
        <source>Reading the fields to cluster on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="177"/>
        <source>Cannot read the fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="194"/>
        <source>Reading past clustering runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="229"/>
        <source>The workspace has no numeric or date fields to cluster on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="236"/>
        <source>Tick at least one field to cluster on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clusters/clusterspage.cpp" line="253"/>
        <source>Clustering into %n group(s)…</source>
        <translation>
            <numerusform>Clustering into %n group…</numerusform>
            <numerusform>Clustering into %n groups…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="254"/>
        <source>Trying k from %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="281"/>
        <source>The clustering was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="295"/>
        <source>Cannot cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clusters/clusterspage.cpp" line="329"/>
        <source>%n cluster(s) of %1 customers; %2 left out for a missing value.</source>
        <translation>
            <numerusform>%n cluster of %1 customers; %2 left out for a missing value.</numerusform>
            <numerusform>%n clusters of %1 customers; %2 left out for a missing value.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="332"/>
        <source>Suggested k: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="348"/>
        <source>Reading the customers&apos; keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="366"/>
        <source>Recording the clustering run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="376"/>
        <source>The run could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="404"/>
        <source>Opening run %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="406"/>
        <source>Reading a clustering run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="413"/>
        <source>Cannot open run %1: it is no longer in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="435"/>
        <source>Keeping the cluster labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="443"/>
        <source>The labels could not be kept with the run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="458"/>
        <source>Saving the clusters as segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="466"/>
        <source>Save Clusters as Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clusters/clusterspage.cpp" line="474"/>
        <source>Saved %n segment(s): %1.</source>
        <translation>
            <numerusform>Saved %n segment: %1.</numerusform>
            <numerusform>Saved %n segments: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="484"/>
        <source>This cluster has no rule: run the clustering with &quot;Explain each cluster as a rule&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ClvCheck</name>
    <message>
        <location filename="../analysis/clvcheck.cpp" line="10"/>
        <source>Only %1 customers bought by the calibration end; predictions need at least %2. Import more orders or choose a later calibration end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/clvcheck.cpp" line="16"/>
        <source>Only %1 customers bought again by the calibration end; the models need at least %2 repeat customers. Import a longer order history or choose a later calibration end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/clvcheck.cpp" line="22"/>
        <source>The orders before the calibration end cover %1 weeks; the models need at least %2. Import a longer order history or choose a later calibration end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/clvcheck.cpp" line="46"/>
        <source>The purchase model (BG/NBD) did not converge after %1 iterations; its numbers are not reliable. Try a different calibration end or more orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/clvcheck.cpp" line="52"/>
        <source>The purchase model (BG/NBD) ran to a limit (%1): the orders do not determine it. Use a longer history or more customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/clvcheck.cpp" line="56"/>
        <source>The spend model (Gamma-Gamma) did not converge after %1 iterations; its numbers are not reliable. Try more repeat customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/clvcheck.cpp" line="62"/>
        <source>The spend model (Gamma-Gamma) ran to a limit (%1): the customers&apos; average spends differ no more than chance would make them, so it cannot tell big from small spenders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/clvcheck.cpp" line="66"/>
        <source>The spend model (Gamma-Gamma) gives q = %1 &lt;= 1, so the expected spend is not defined. Use more repeat customers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ClvInputLoader</name>
    <message>
        <location filename="../model/analytics/clvinput.cpp" line="92"/>
        <source>Predicted customer value needs order lines with a customer key, an order date and an amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/clvinput.cpp" line="140"/>
        <source>The fit was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ClvSave</name>
    <message>
        <location filename="../model/analytics/clvsave.cpp" line="42"/>
        <source>The customers have an imported column %1; rename it in the file and import again before saving predicted values under that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/clvsave.cpp" line="86"/>
        <source>The predictions were not saved: the models could not be used (see the message above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/clvsave.cpp" line="100"/>
        <source>The customers changed while the models were fitted; run the command again to save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ClvService</name>
    <message>
        <location filename="../model/analytics/clvservice.cpp" line="41"/>
        <source>No customer has a value of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/clvservice.cpp" line="92"/>
        <source>Fitting the customer-value models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/clvservice.cpp" line="222"/>
        <source>The customers have no field of role revenue to find past high spenders by: give one that role in Fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ColumnStore</name>
    <message>
        <location filename="../model/filter/partcolumn.cpp" line="39"/>
        <location filename="../model/filter/partcolumn.h" line="83"/>
        <source>whole numbers beyond 2^53 are mixed with decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/partcolumn.h" line="72"/>
        <location filename="../model/filter/partcolumn.h" line="87"/>
        <source>a number column holds text or binary values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/partcolumn.h" line="111"/>
        <source>a text column holds numbers or binary values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/columnstoreloader.cpp" line="220"/>
        <source>Cannot read the customers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/columnstoreloader.cpp" line="221"/>
        <source>Cannot read the table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/columnstoreloader.cpp" line="225"/>
        <source>The %1 table has columns named rowid, _rowid_ and oid, so its rows cannot be told apart. Rename one of these columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/columnstoreloader.cpp" line="310"/>
        <location filename="../model/filter/columnstoreloader.cpp" line="343"/>
        <source>Loading was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ColumnStoreCache</name>
    <message>
        <location filename="../model/filter/columnstorecache.cpp" line="234"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ColumnStoreFile</name>
    <message>
        <location filename="../model/filter/columnstorefile.cpp" line="76"/>
        <location filename="../model/filter/columnstorefile.cpp" line="115"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/columnstorefile.cpp" line="96"/>
        <source>Cancelled: no copy was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/columnstorefile.cpp" line="146"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/columnstorefile.cpp" line="147"/>
        <source>%1 is not a complete column store of this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/columnstorefile.cpp" line="153"/>
        <source>%1 holds an older state of the customers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::CountBenchmark</name>
    <message>
        <location filename="../model/filter/countbenchmark.cpp" line="61"/>
        <source>The workspace %1 has no customers yet. Import a customers file first.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <location filename="../ui/filter/countpanel.cpp" line="39"/>
        <source>Segment size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/countpanel.cpp" line="40"/>
        <source>Customers in the segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/countpanel.cpp" line="48"/>
        <source>No count. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/countpanel.cpp" line="48"/>
        <source>%1 %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/countpanel.cpp" line="56"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/countpanel.cpp" line="68"/>
        <source>%1% of %2 customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::CountService</name>
    <message>
        <location filename="../model/filter/countservice.cpp" line="71"/>
        <source>Loading %1 for counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/countservice.cpp" line="114"/>
        <source>The workspace could not be loaded for counting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/countservice.cpp" line="115"/>
        <source>No workspace is open for counting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/countservice.cpp" line="136"/>
        <source>Keeping a copy of %1 for faster opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/countservice.cpp" line="147"/>
        <source>Counting the customers of the definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/countservice.cpp" line="163"/>
        <source>The count was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/countservice.cpp" line="220"/>
        <source>The workspace has no customers yet. Import a customers file first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::CsvReader</name>
    <message>
        <location filename="../model/import/csvreader.cpp" line="51"/>
        <location filename="../model/import/csvreader.cpp" line="65"/>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/csvreader.cpp" line="233"/>
        <source>The record starting on line %1 has more than %2 fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/csvreader.cpp" line="242"/>
        <source>Line %1 has no line end in its first %2 MB, so the file cannot be split into records. Check that it is a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/csvreader.cpp" line="245"/>
        <source>The record starting on line %1 is longer than %2 MB: a quote is probably not closed. Check the quotes in that line, or choose another delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::CustomerDataSource</name>
    <message>
        <location filename="../model/browse/customerdatasource.cpp" line="73"/>
        <source>Counting the customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/browse/customerdatasource.cpp" line="89"/>
        <location filename="../model/browse/customerdatasource.cpp" line="134"/>
        <source>Reading customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/browse/customerdatasource.cpp" line="100"/>
        <source>Sorting customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/browse/customerdatasource.cpp" line="190"/>
        <source>Reading the customers was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::CustomerQuery</name>
    <message>
        <location filename="../model/browse/customerquery.cpp" line="48"/>
        <source>Cannot read the customers: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::CustomerTableModel</name>
    <message>
        <location filename="../ui/customers/customertablemodel.cpp" line="240"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers/customertablemodel.cpp" line="253"/>
        <source>No value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers/customertablemodel.cpp" line="289"/>
        <source>Column %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers/customertablemodel.cpp" line="290"/>
        <source>Column %1 (%2, role: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::CustomersPage</name>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="39"/>
        <source>Welcome to Segment Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="46"/>
        <source>Create Demo Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="48"/>
        <source>Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="54"/>
        <source>This workspace has no customers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="55"/>
        <source>Import a customer export (CSV, TSV or TXT) from your shop or CRM. You can also drop the file onto this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="44"/>
        <location filename="../ui/customers/customerspage.cpp" line="57"/>
        <source>Import Customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="40"/>
        <source>A workspace is one file that holds your customers, segments and analyses. Import your customer export (CSV) into a new one, create the demo workspace to explore with realistic sample data, or open a workspace of your own. You can also drop a CSV file onto this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="75"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="76"/>
        <source>Choose the columns to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="81"/>
        <source>Show All Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="82"/>
        <source>Show every customer of the workspace again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="121"/>
        <source>Cannot read the customers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="167"/>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="169"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/customerspage.cpp" line="169"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="185"/>
        <source>Show All Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::DashboardCharts</name>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="55"/>
        <source>Segment sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="57"/>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="144"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="61"/>
        <source>Who brings the money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="64"/>
        <source>Share of all (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="66"/>
        <source>Overlaps (customers in both; % of the row&apos;s segment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="74"/>
        <source>&amp;KPI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="148"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="150"/>
        <source>%1&lt;br&gt;%2% of all</source>
        <extracomment>A bar&apos;s label in the segment sizes chart: the segment&apos;s name, then (second line) its share of all customers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="162"/>
        <source>%1 per segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="172"/>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="179"/>
        <source>Share of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="180"/>
        <source>Share of revenue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::DashboardExport</name>
    <message>
        <location filename="../ui/dashboard/dashboardexport.cpp" line="112"/>
        <source>No chart is chosen. Click the chart to export on the Dashboard first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::DashboardPage</name>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="63"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="64"/>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="65"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="123"/>
        <source>Copy as TSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="138"/>
        <source>KPI table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="139"/>
        <source>Save Table As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="148"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="150"/>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="169"/>
        <source>Click an overlap cell to save or open the customers in both segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="255"/>
        <source>Open a workspace to review its segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="261"/>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="297"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="288"/>
        <source>Cannot compute the dashboard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="301"/>
        <source>The charts show the first %1 of %2 chosen segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="332"/>
        <source>Save Intersection as Segment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="335"/>
        <source>Open in Segment Builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="352"/>
        <source>A segment named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="355"/>
        <source>%1 and %2</source>
        <extracomment>The suggested name of a segment of the customers in both segments %1 and %2.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="357"/>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="369"/>
        <source>Save Intersection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="357"/>
        <source>Name of the new segment of the customers in both &quot;%1&quot; and &quot;%2&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="365"/>
        <source>Saved the segment &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::Database</name>
    <message>
        <location filename="../model/database.cpp" line="18"/>
        <source>The workspace is being written by another program, for example an import. Try again when that has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::DateValueEditor</name>
    <message>
        <location filename="../ui/filter/editors/datevalueeditor.cpp" line="22"/>
        <source>YYYY-MM-DD [HH:MM:SS]</source>
        <extracomment>Placeholder of a date field; keep the ISO pattern, it is what the field takes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/editors/datevalueeditor.cpp" line="22"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/editors/datevalueeditor.cpp" line="25"/>
        <source>Type a date as 2024-03-31 (or as this computer writes dates), or pick one from the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/editors/datevalueeditor.cpp" line="39"/>
        <source>Pick a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::DefinitionPreview</name>
    <message>
        <location filename="../ui/filter/definitionpreview.cpp" line="55"/>
        <source>In words</source>
        <extracomment>Tab: the definition described in plain language</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definitionpreview.cpp" line="56"/>
        <source>SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definitionpreview.cpp" line="57"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definitionpreview.cpp" line="58"/>
        <source>The condition the workspace runs (values are bound, shown after the query).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definitionpreview.cpp" line="59"/>
        <source>The definition as it is saved; the same text works with swb count --filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::DemoGenerator</name>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="302"/>
        <source>The demo needs at least one customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="304"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="312"/>
        <location filename="../model/demo/demogenerator.cpp" line="314"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="339"/>
        <source>The demo data generation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="410"/>
        <source>Cannot write the demo data into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::DemoSegments</name>
    <message>
        <location filename="../model/demo/demosegments.cpp" line="20"/>
        <source>DACH win-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/demo/demosegments.cpp" line="21"/>
        <source>Valuable newsletter readers in Germany, Austria and Switzerland who have not bought for 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/demo/demosegments.cpp" line="32"/>
        <source>Loyal gold and platinum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/demo/demosegments.cpp" line="33"/>
        <source>Top loyalty tiers who bought in the last 180 days and have not churned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/demo/demosegments.cpp" line="39"/>
        <source>New one-time buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/demo/demosegments.cpp" line="40"/>
        <source>Customers whose only order is from the last 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::DemoWorkspace</name>
    <message>
        <location filename="../model/jobs/demoworkspace.cpp" line="36"/>
        <source>The demo workspace was not created: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/jobs/demoworkspace.cpp" line="44"/>
        <source>Cannot create a temporary folder for the demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::DerivedField</name>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="38"/>
        <source>RFM recency score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="39"/>
        <source>RFM frequency score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="40"/>
        <source>RFM monetary score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="41"/>
        <source>RFM group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/ordersaggregator.cpp" line="30"/>
        <source>Orders count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/ordersaggregator.cpp" line="32"/>
        <source>Total revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/ordersaggregator.cpp" line="34"/>
        <source>First purchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/ordersaggregator.cpp" line="36"/>
        <source>Last purchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/ordersaggregator.cpp" line="38"/>
        <source>Average order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/clvsave.cpp" line="21"/>
        <source>P(alive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/clvsave.cpp" line="22"/>
        <source>Expected purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/clvsave.cpp" line="23"/>
        <source>Expected order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/clvsave.cpp" line="24"/>
        <source>Predicted CLV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::DerivedFieldsEditor</name>
    <message>
        <location filename="../ui/import/derivedfieldseditor.cpp" line="15"/>
        <source>Customer fields from the orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/derivedfieldseditor.cpp" line="19"/>
        <source>&amp;Add Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/derivedfieldseditor.cpp" line="20"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/derivedfieldseditor.cpp" line="29"/>
        <source>Value of the latest order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/derivedfieldseditor.cpp" line="30"/>
        <source>Value of the first order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/derivedfieldseditor.cpp" line="31"/>
        <source>Value on most orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/derivedfieldseditor.cpp" line="32"/>
        <source>Number of distinct values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/derivedfieldseditor.cpp" line="33"/>
        <source>Name of the customer field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/derivedfieldseditor.cpp" line="37"/>
        <source>An order column such as Country can become a customer field that segments use like any other; it is refreshed at every orders import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/derivedfieldseditor.cpp" line="70"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/derivedfieldseditor.cpp" line="113"/>
        <source>%1: %2</source>
        <extracomment>A customer field to derive, in the import wizard: &quot;country: Country (latest order)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::DistributionCalculator</name>
    <message>
        <location filename="../model/analytics/distributionbins.cpp" line="47"/>
        <source>Q%1 %2</source>
        <extracomment>A calendar quarter: Q1 2024.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/distributionbins.cpp" line="51"/>
        <location filename="../model/analytics/distributioncalculator.cpp" line="87"/>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/distributionbins.cpp" line="136"/>
        <source>Not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/distributionbins.h" line="37"/>
        <location filename="../model/analytics/distributioncalculator.cpp" line="230"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/distributioncalculator.cpp" line="114"/>
        <source>&lt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/distributioncalculator.cpp" line="127"/>
        <source>≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/distributioncalculator.cpp" line="149"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/distributioncalculator.cpp" line="152"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/distributioncalculator.cpp" line="217"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/distributioncalculator.cpp" line="224"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/distributioncalculator.cpp" line="292"/>
        <source>The workspace has no field &quot;%1&quot;. Choose another field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/distributioncalculator.cpp" line="299"/>
        <source>The segment&apos;s customers do not match the loaded data. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/distributioncalculator.cpp" line="309"/>
        <source>The field %1 holds values of different kinds, so its distribution cannot be drawn. Correct the column in the source file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::DistributionPanel</name>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="75"/>
        <source>Share of customers (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="81"/>
        <source>Se&amp;gment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="83"/>
        <source>&amp;Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="176"/>
        <source>Save a segment to compare how its customers differ from all customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="178"/>
        <source>The workspace has no fields to compare: only keys and personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="182"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="200"/>
        <source>Cannot show the distribution: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="207"/>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="213"/>
        <source>%1: %2 vs. all customers</source>
        <extracomment>The distribution chart&apos;s title: the field, then the segment compared with all customers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="231"/>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="247"/>
        <source>Bins of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="250"/>
        <source>By month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="251"/>
        <source>By quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="252"/>
        <source>By year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/distributionpanel.cpp" line="253"/>
        <source>By %n years.</source>
        <translation>
            <numerusform>By %n year.</numerusform>
            <numerusform>By %n years.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="256"/>
        <source>The most common values; the rest as &quot;Other&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="262"/>
        <source>Shares of the %1 customers in the segment and of all %2. %3</source>
        <extracomment>Under the distribution chart: %1 and %2 are customer counts; %3 says how values are grouped.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::DistributionService</name>
    <message>
        <location filename="../model/analytics/distributionservice.cpp" line="85"/>
        <source>Computing the distribution of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::DragHandle</name>
    <message>
        <location filename="../ui/filter/rows/draghandle.cpp" line="15"/>
        <source>Drag to move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ExportDestinationBox</name>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="23"/>
        <source>Any tool (as chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="24"/>
        <source>The chosen columns with the personal data policy below, values as the workspace holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="27"/>
        <source>Google Ads Customer Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="28"/>
        <source>Email, Phone, First Name, Last Name (hashed or plain), Country and Zip: e-mail trimmed and in lower case, phone in E.164 (+4930123456), names in lower case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="32"/>
        <source>Meta Custom Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="33"/>
        <source>email, phone, fn, ln, zip, country (hashed or plain): phone as digits with the country code (4930123456), names in lower case without punctuation, country as two lower-case letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="36"/>
        <source>Mailchimp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="37"/>
        <source>Email Address, First Name, Last Name, Phone Number (E.164), Country, Zip Code. Customers without a valid e-mail address are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="40"/>
        <source>HubSpot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="41"/>
        <source>Email, First Name, Last Name, Phone Number (E.164), Country/Region, Postal Code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="44"/>
        <source>Suppression list: hashed e-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="45"/>
        <source>One SHA-256 hash of each trimmed, lower-case e-mail address a line, no header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="48"/>
        <source>Suppression list: hashed phone numbers (Google)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="49"/>
        <source>One SHA-256 hash of each phone number in E.164 (+4930123456) a line, no header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="52"/>
        <source>Suppression list: hashed phone numbers (Meta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="53"/>
        <source>One SHA-256 hash of each phone number as digits with the country code (4930123456) a line, no header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="66"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="74"/>
        <source>&amp;Upload to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="79"/>
        <source>for example DE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="81"/>
        <source>Phone numbers of customers whose country is empty or unknown are read as numbers of this country (ISO 3166-1 alpha-2 code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="83"/>
        <source>Default &amp;country:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ExportDialog</name>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="52"/>
        <source>Export Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="87"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="89"/>
        <source>Show in &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="91"/>
        <source>Opens the folder of the exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="191"/>
        <source>Point ( 1.5 )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="192"/>
        <source>Comma ( 1,5 )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="193"/>
        <source>Decimal &amp;mark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="207"/>
        <source>For &amp;Excel: start with a byte order mark so Excel reads UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/exportdialog.cpp" line="575"/>
        <source>%Ln customer(s) will be exported.</source>
        <translation>
            <numerusform>%Ln customer will be exported.</numerusform>
            <numerusform>%Ln customers will be exported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="576"/>
        <source>Cannot count the customers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="586"/>
        <source>The saved segments cannot be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="105"/>
        <source>Reading the saved segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="110"/>
        <source>Listing the saved segments was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="128"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="132"/>
        <source>Customers in any checked entry are exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="142"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="148"/>
        <source>CSV (comma-separated values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="149"/>
        <source>TSV (tab-separated values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="150"/>
        <source>Excel workbook (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="151"/>
        <source>JSON (array of objects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="152"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="157"/>
        <source>Where to write the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="159"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="163"/>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="185"/>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="186"/>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="187"/>
        <source>Pipe ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="188"/>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="211"/>
        <source>Protect against spreadsheet formulas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="214"/>
        <source>A text cell that starts with = + - @ (such as =HYPERLINK(…)) is run as a formula when the file is opened in Excel or LibreOffice, which can leak data or start programs. With this on, such cells start with &apos; so spreadsheets show them as text. Numbers such as -12.5 in a number column stay numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="225"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="231"/>
        <source>%1 (personal data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="235"/>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="238"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="239"/>
        <source>Select &amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="246"/>
        <source>Name the columns as in the workspace instead of the imported file&apos;s headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="261"/>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="265"/>
        <source>Keep as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="266"/>
        <source>Leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="267"/>
        <source>Mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="268"/>
        <source>Hash (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="284"/>
        <source>Segment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/exportdialog.cpp" line="410"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="484"/>
        <source>The format was switched to %1 to match the file name&apos;s extension .%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="487"/>
        <source>The extension .%1 does not match the format %2: the file is written as %2. Change the extension to .%3 if the file should open as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="521"/>
        <source>No column of this workspace is flagged as personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="522"/>
        <source>Personal data columns: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="526"/>
        <source>Personal data is written as it is. Export it only to tools that may hold it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="529"/>
        <source>Columns flagged as personal data are left out of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="532"/>
        <source>Personal data is partly hidden (a***@example.com), so records stay recognisable without showing the full value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="536"/>
        <source>Each personal value is replaced by the SHA-256 hash (hex) of the value trimmed and in lower case, as ad platforms require for customer-list uploads (Google Customer Match, Meta Custom Audiences).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="547"/>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="548"/>
        <source>Export To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="557"/>
        <source>Counting the customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="560"/>
        <source>Counting the customers to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="567"/>
        <source>Counting the customers was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="607"/>
        <source>Check at least one entry under Customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="608"/>
        <source>Check at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="610"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="610"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="619"/>
        <source>Choose where to save the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="631"/>
        <source>The folder %1 does not exist. Choose an existing folder with Browse….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="635"/>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="640"/>
        <source>Exporting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="649"/>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/exportdialog.cpp" line="661"/>
        <source>Exported %Ln customer(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln customer to %1.</numerusform>
            <numerusform>Exported %Ln customers to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/exportdialog.cpp" line="668"/>
        <source>%1: %Ln</source>
        <translation>
            <numerusform>%1: %Ln</numerusform>
            <numerusform>%1: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="669"/>
        <source>Customers per segment: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="674"/>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="676"/>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="696"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ExportHistoryDialog</name>
    <message>
        <location filename="../ui/export/exporthistorydialog.cpp" line="13"/>
        <source>Export History of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exporthistorydialog.cpp" line="16"/>
        <source>Reading the export log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exporthistorydialog.cpp" line="27"/>
        <source>Reading the export log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exporthistorydialog.cpp" line="35"/>
        <source>Reading the export log was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exporthistorydialog.cpp" line="46"/>
        <source>Columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exporthistorydialog.cpp" line="49"/>
        <source>The export log cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exporthistorydialog.cpp" line="51"/>
        <source>This segment has not been exported yet.</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>swb::ExportLog</name>
    <message>
        <location filename="../model/export/exportlog.cpp" line="48"/>
        <source>the workspace has no export log yet (open it once in this version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exportlog.cpp" line="55"/>
        <location filename="../model/export/exportlog.cpp" line="92"/>
        <source>The export was not recorded in the workspace&apos;s export log: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exportlog.cpp" line="90"/>
        <source>The export was not recorded in the workspace&apos;s export log: another program was writing to the workspace. The file itself is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exportlog.cpp" line="134"/>
        <source>%1 · %2 · %3 rows · %4 columns · PII %5 · %6 · preset %7 · %8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ExportReport</name>
    <message>
        <location filename="../model/export/exporttypes.cpp" line="191"/>
        <source>%1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/export/exporttypes.cpp" line="194"/>
        <source>Left out %n customer(s): %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::ExportSegmentsBox</name>
    <message>
        <location filename="../ui/export/exportsegmentsbox.cpp" line="10"/>
        <source>Several segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportsegmentsbox.cpp" line="16"/>
        <source>One file, a &quot;segments&quot; column naming each customer&apos;s segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportsegmentsbox.cpp" line="18"/>
        <source>One file, a 1/0 column per segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportsegmentsbox.cpp" line="19"/>
        <source>Excel workbook, one sheet per segment and a summary sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/exportsegmentsbox.cpp" line="45"/>
        <source>%n checked segment(s) go into one export, laid out as chosen here.</source>
        <translation>
            <numerusform>%n checked segment goes into one export, laid out as chosen here.</numerusform>
            <numerusform>%n checked segments go into one export, laid out as chosen here.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/exportsegmentsbox.cpp" line="47"/>
        <source>Check only saved segments to say who is in which: with other entries checked, the export holds everyone checked, without segment columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/exportsegmentsbox.cpp" line="50"/>
        <source>Check two or more saved segments under Customers to export them together.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::Exporter</name>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="126"/>
        <location filename="../model/export/exporttarget.cpp" line="258"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="83"/>
        <source>%1 is the workspace being exported or one of its -wal, -shm or -journal files: the export would destroy the workspace. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="88"/>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="96"/>
        <source>Cannot write %1: this program has no such output open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="107"/>
        <source>%1 is a folder; choose a file name to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="113"/>
        <source>%1 is neither a file nor a pipe or character device (such as /dev/null), so nothing can be exported to it. Choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="120"/>
        <source>Cannot replace %1: the file is read-only. Choose another file name, or make it writable first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="135"/>
        <source>%1 names a folder; add a file name to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="138"/>
        <source>Cannot write %1: the folder %2 does not exist. Create it or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="251"/>
        <source>Cannot write %1: the disk is full (no space is left on the device).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="254"/>
        <source>Cannot write %1: you are not allowed to write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="256"/>
        <source>Cannot write %1: the program reading the pipe has stopped reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="264"/>
        <source>Cannot write %1: the disk is full. Free some space or export to another disk, then try again. No partial file was left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="268"/>
        <source>Cannot write %1: your disk quota is used up. Free some space or export to another disk, then try again. No partial file was left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="272"/>
        <source>Cannot write %1: the file would be larger than this disk or system allows. Export fewer customers or columns, or to another disk. No partial file was left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="277"/>
        <source>Cannot write %1: you are not allowed to create files in the folder %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="280"/>
        <source>Cannot write %1: the folder %2 is on a read-only disk. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="282"/>
        <source>Cannot write %1: %2. No partial file was left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="115"/>
        <source>The CSV delimiter must be a comma, a semicolon, a pipe or a tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="360"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="362"/>
        <source>The workspace has no customers yet: import a customer file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="155"/>
        <source>The customer table has no column &quot;%1&quot;. Columns: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="90"/>
        <source>The column %1 is not flagged as personal data, but its values are e-mail addresses: it was hashed like the flagged columns. To flag it, run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="94"/>
        <source>The column %1 is not flagged as personal data, but its values are e-mail addresses: it was masked like the flagged columns. To flag it, run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="97"/>
        <source>The column %1 is not flagged as personal data, but its values are e-mail addresses: it was left out like the flagged columns. To flag it, run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="103"/>
        <source>The column %1 is not flagged as personal data, but its name or role suggests personal data (%2): it was exported unchanged. If it is personal data, flag it and export again: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="181"/>
        <source>No column is left to export (the PII policy omitted every chosen column).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="252"/>
        <location filename="../model/export/exporter.cpp" line="281"/>
        <source>The selection cannot be evaluated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="117"/>
        <source>The decimal mark must be a point or a comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="119"/>
        <source>A comma as the decimal mark needs another delimiter: choose the semicolon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="367"/>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="242"/>
        <source>Reading the customers failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::FieldLabels</name>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="9"/>
        <source>Whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="11"/>
        <source>Decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="13"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="15"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="17"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="19"/>
        <source>Yes/No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="28"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="30"/>
        <source>Customer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="32"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="34"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="36"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="38"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="40"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="42"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="44"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="46"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="48"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="50"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="52"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="54"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="56"/>
        <source>Signup date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="58"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="60"/>
        <source>Number of orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="62"/>
        <source>Average order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="64"/>
        <source>First purchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="66"/>
        <source>Last purchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="68"/>
        <source>Churned (flag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="70"/>
        <source>NPS answer (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="72"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="74"/>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="76"/>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="78"/>
        <source>Order amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="80"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="82"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::FieldMention</name>
    <message>
        <location filename="../model/field.cpp" line="69"/>
        <source>&quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/field.cpp" line="70"/>
        <source>&quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::FieldPicker</name>
    <message>
        <location filename="../ui/filter/rows/fieldpicker.cpp" line="35"/>
        <source>Choose a field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/fieldpicker.cpp" line="38"/>
        <source>No field matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/fieldpicker.cpp" line="55"/>
        <source>Column %1 (%2)</source>
        <extracomment>Tooltip of a field: its column name in the workspace and its type</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/fieldpicker.cpp" line="59"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/fieldpicker.cpp" line="62"/>
        <source>Membership in saved segments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/fieldpicker.cpp" line="80"/>
        <source>The workspace has no field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::FileDetection</name>
    <message>
        <location filename="../model/import/filedetection.cpp" line="38"/>
        <source>%1 is an OpenDocument spreadsheet, not a CSV file. Save the sheet as CSV (UTF-8) in LibreOffice (File → Save As) and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="33"/>
        <source>%1 is an Excel workbook, not a CSV file. Save the sheet as CSV (UTF-8) in Excel or LibreOffice (File → Save As) and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="43"/>
        <source>%1 is a ZIP archive. Unpack it and import the CSV file inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="59"/>
        <source>%1 is compressed (%2). Unpack it first and import the CSV file inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="62"/>
        <source>%1 is an SQLite database, not a CSV file. Open a workspace with File → Open Workspace (on the command line: --db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="66"/>
        <source>%1 is a PDF document, not a CSV file. Export the data as CSV from the program that made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="104"/>
        <source>%1 has more than %2 columns; a workspace holds at most %3. Remove the columns you do not need, or split the file into files with fewer columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="107"/>
        <source>%1 has %2 columns; a workspace holds at most %3. Remove the columns you do not need, or split the file into files with fewer columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="118"/>
        <source>%1 changed while it was read (another program wrote to it or cut it short: it had %2 bytes when the import started, %3 bytes were read, it has %4 bytes now). Nothing was imported; import it again when that program is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="136"/>
        <source>%1 is a folder. Choose a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="139"/>
        <source>%1 is not a regular file but a device, a pipe or a socket, which cannot be imported. Save the data to a file and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="144"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="148"/>
        <source>The file %1 is empty. Choose a file with a header and at least one record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="159"/>
        <source>%1 is not a text file: it holds binary data. Choose a CSV file exported as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="163"/>
        <source>The encoding &quot;%1&quot; is not known. Use utf-8, utf-16le, utf-16be, latin1, windows-1252 or another name that ICU knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="190"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="192"/>
        <source>The file %1 holds no records (only blank lines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="214"/>
        <source>The file %1 holds no records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="220"/>
        <source>A quoted field in the first record of %1 is never closed: the file cannot be split into records. Check the quotes in line 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="225"/>
        <source>The file %1 has a header but no records below it, so there is nothing to import. Check that the export holds data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::FilterDefinition</name>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="49"/>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="68"/>
        <source>&quot;field&quot; must be a field name in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="71"/>
        <source>&quot;operator&quot; must be an operator name in quotes, such as &quot;=&quot; or &quot;in&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="93"/>
        <source>&quot;where&quot; must be a group of conditions on order columns, such as {&quot;combinator&quot;:&quot;and&quot;,&quot;rules&quot;:[…]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="106"/>
        <source>Groups are nested more than %1 levels deep. Flatten the definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="115"/>
        <source>&quot;combinator&quot; must be &quot;and&quot; or &quot;or&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="123"/>
        <source>A group needs &quot;rules&quot;: a list of rules and groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="131"/>
        <source>Combinators between rules (&quot;independent combinators&quot;) are not supported: set &quot;combinator&quot; on the group instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="134"/>
        <source>A rule must be an object with &quot;field&quot;, &quot;operator&quot; and &quot;value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="246"/>
        <source>The definition is nested too deeply: groups can be nested at most %1 levels deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="251"/>
        <source>The definition is not valid JSON (%1 at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="257"/>
        <source>The definition must be a JSON object such as {&quot;combinator&quot;:&quot;and&quot;,&quot;rules&quot;:[…]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="315"/>
        <source>The field name contains a NUL character (\u0000), which no field name can hold. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="317"/>
        <source>The operator contains a NUL character (\u0000). Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="319"/>
        <source>The value contains a NUL character (\u0000), which a filter value cannot hold. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="325"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::FilterDescriber</name>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="13"/>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="20"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="20"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="43"/>
        <source>the customer is in the segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="44"/>
        <source>the customer is not in the segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="46"/>
        <source>the customer is in one of the segments %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="47"/>
        <source>the customer is in none of the segments %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="57"/>
        <source>the number of orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="60"/>
        <source>the amount spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="63"/>
        <source>the number of distinct %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="66"/>
        <source>the first order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="69"/>
        <source>the last order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/filter/filterdescriber.cpp" line="76"/>
        <source>ordered in the last %n day(s)</source>
        <translation>
            <numerusform>ordered in the last %n day</numerusform>
            <numerusform>ordered in the last %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="78"/>
        <source>ordered from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="80"/>
        <source>ordered on or after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="82"/>
        <source>ordered on or before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="85"/>
        <source>%1 (order lines where %2, %3)</source>
        <comment>measure (condition, window)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="88"/>
        <source>%1 (order lines where %2)</source>
        <comment>measure (condition)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="90"/>
        <source>%1 (%2)</source>
        <comment>measure (window)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="110"/>
        <location filename="../model/filter/filterdescriber.cpp" line="138"/>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="112"/>
        <location filename="../model/filter/filterdescriber.cpp" line="141"/>
        <source>%1 is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="114"/>
        <source>%1 is before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="114"/>
        <source>%1 is less than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="116"/>
        <source>%1 is after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="116"/>
        <source>%1 is greater than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="118"/>
        <source>%1 is on or before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="118"/>
        <source>%1 is at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="120"/>
        <source>%1 is on or after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="120"/>
        <source>%1 is at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="122"/>
        <source>%1 contains %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="124"/>
        <source>%1 begins with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="126"/>
        <source>%1 ends with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="128"/>
        <source>%1 does not contain %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="130"/>
        <source>%1 does not begin with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="132"/>
        <source>%1 does not end with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="134"/>
        <source>%1 has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="136"/>
        <source>%1 has a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="139"/>
        <source>%1 is one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="142"/>
        <source>%1 is none of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="144"/>
        <source>%1 is between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="146"/>
        <source>%1 is not between %2 and %3</source>
        <translation type="unfinished"></translation>
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
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="165"/>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="173"/>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="173"/>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="174"/>
        <source>not (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="181"/>
        <source>All customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="182"/>
        <source>Customers where %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::FilterDocument</name>
    <message>
        <location filename="../ui/filter/definition/filterdocument.cpp" line="31"/>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/filterdocument.cpp" line="49"/>
        <source>Add group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/filterdocument.cpp" line="59"/>
        <source>Remove group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/filterdocument.cpp" line="59"/>
        <source>Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/filterdocument.cpp" line="76"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/filterdocument.cpp" line="87"/>
        <source>Match all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/filterdocument.cpp" line="87"/>
        <source>Match any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/filterdocument.cpp" line="97"/>
        <source>Negate group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/filterdocument.cpp" line="97"/>
        <source>Stop negating group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/filterdocument.cpp" line="114"/>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/filterdocument.cpp" line="114"/>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::FilterEvaluator</name>
    <message>
        <location filename="../model/filter/filterevaluator.cpp" line="243"/>
        <source>%1: the field &quot;%2&quot; was not loaded; reload the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterevaluator.cpp" line="289"/>
        <source>%1: the static segment &quot;%2&quot; needs the workspace to read its members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterevaluator.cpp" line="298"/>
        <source>%1: cannot read the members of &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterevaluator.cpp" line="319"/>
        <source>%1: order rules need the workspace to read the orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterevaluator.cpp" line="320"/>
        <source>%1: the values of &quot;%2&quot; do not all have the field&apos;s type, and the workspace is not available to evaluate them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterevaluator.cpp" line="331"/>
        <location filename="../model/filter/filterevaluator.cpp" line="348"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::FilterResolver</name>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="62"/>
        <source>groups are nested more than %1 levels deep; flatten the definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="114"/>
        <source>the rule has no field; choose a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="118"/>
        <source>the rule on &quot;%1&quot; has no operator; choose an operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="216"/>
        <source>unknown field &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="127"/>
        <source>unknown operator &quot;%1&quot;; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="133"/>
        <source>a condition on order lines cannot hold &quot;%1&quot; rules; move the rule out of &quot;where&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="212"/>
        <source>unknown order column &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="214"/>
        <source>unknown order column &quot;%1&quot;; use one of the columns of the orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="218"/>
        <source>unknown field &quot;%1&quot;; use one of the workspace&apos;s fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="227"/>
        <source>operator &quot;%1&quot; is not valid for the number field %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="229"/>
        <source>operator &quot;%1&quot; is not valid for the yes/no field %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="231"/>
        <source>operator &quot;%1&quot; is not valid for the text field %2; relative dates need a date field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="237"/>
        <source>operator &quot;%1&quot; is not valid for the date field %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="248"/>
        <source>&quot;%1&quot; needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="250"/>
        <source>&quot;%1&quot; needs one value, not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="256"/>
        <source>&quot;%1&quot; needs at least one value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="266"/>
        <source>&quot;%1&quot; needs two values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="280"/>
        <source>&quot;%1&quot; needs a whole number of days from 0 to %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="284"/>
        <source>&quot;%1&quot; needs the workspace&apos;s as-of date, which is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="308"/>
        <source>operator &quot;%1&quot; is not valid for &quot;@segment&quot;; use &quot;in&quot; or &quot;notIn&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="311"/>
        <source>&quot;%1&quot; needs at least one segment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="319"/>
        <source>segments refer to each other in a cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="323"/>
        <source>unknown segment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="335"/>
        <location filename="../model/filter/filterresolver.cpp" line="343"/>
        <source>segment &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="338"/>
        <source>segments are nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::GroupWidget</name>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="54"/>
        <source>Not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="54"/>
        <source>Negate the group: select the customers the group does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="56"/>
        <source>of the following are true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="57"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="57"/>
        <source>Add a rule to this group (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="58"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="58"/>
        <source>Add a nested group (Ctrl+Shift+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="59"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="60"/>
        <source>Add an order rule: how many orders, how much or when a customer bought, optionally only of some products or in a time window (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="70"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="71"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="72"/>
        <source>All: customers must match every rule (and). Any: at least one rule (or).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="75"/>
        <source>Combine the rules of this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="76"/>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="77"/>
        <source>Add group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="78"/>
        <source>Add order rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="97"/>
        <source>Mute the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="99"/>
        <source>Remove the group and its rules (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="100"/>
        <source>Mute group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="101"/>
        <source>Remove group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="122"/>
        <source>No condition: every order line counts. Add a rule to count only some, for example “StockCode is 85123A”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="125"/>
        <source>Add a rule to start: for example “Country is one of DE, AT” or “Total revenue is at least 500”. Rules in a group can be combined with “all” (and) or “any” (or), and groups can be nested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="128"/>
        <source>This group has no rules yet, so it selects everyone. Add a rule or remove the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="135"/>
        <source>Add the first rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="136"/>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="215"/>
        <source>Mute the group: leave it out without deleting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="215"/>
        <source>Unmute the group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::Heatmap</name>
    <message>
        <location filename="../ui/charts/heatmap.cpp" line="39"/>
        <source>%1 and %2: %3 customers, %4% of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ImportColumnsModel</name>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="32"/>
        <source>Read as date (YYYYMMDD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="130"/>
        <source>Uncheck to leave this column out of the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="134"/>
        <source>(column %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="146"/>
        <source>The column&apos;s name in the workspace; it is turned into a plain identifier when imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="152"/>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="154"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="157"/>
        <source>Every value is a date written as YYYYMMDD (19970101): choose &quot;%1&quot; to import them as dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="201"/>
        <source>Personal data is masked, hashed or left out on export when you ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="301"/>
        <source>Import</source>
        <extracomment>Column header: whether a column of the file is imported</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="303"/>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="305"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="307"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="309"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="312"/>
        <source>Personal</source>
        <extracomment>Column header: personal data (PII) flag</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="314"/>
        <source>Sample values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ImportFilePage</name>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="29"/>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="30"/>
        <source>A CSV, TSV or TXT export from a shop, CRM or spreadsheet. Encoding, delimiter and column types are detected on the next page, where you can correct them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="38"/>
        <source>Path of a .csv, .tsv or .txt file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="40"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="45"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="54"/>
        <source>&amp;Customers: one row per customer (ID, name, email, country, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="56"/>
        <source>&amp;Orders: one row per order (order ID, customer ID, date, amount); each customer&apos;s totals are added to the customer table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="65"/>
        <source>The file holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="125"/>
        <source>Import File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="126"/>
        <source>Delimited text (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="137"/>
        <source>Tip: you can also drop a file onto the main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="142"/>
        <source>There is no file at this path. Check the name or choose the file with Browse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="144"/>
        <source>This is a folder. Choose a file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="146"/>
        <source>This file cannot be read. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="148"/>
        <source>%1, last changed %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ImportIssueQuery</name>
    <message>
        <location filename="../model/browse/importissuequery.cpp" line="28"/>
        <location filename="../model/browse/importissuequery.cpp" line="39"/>
        <location filename="../model/browse/importissuequery.cpp" line="97"/>
        <source>Cannot read the import issues: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/browse/importissuequery.cpp" line="77"/>
        <source>Cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ImportIssuesDialog</name>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="24"/>
        <source>Import Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="26"/>
        <source>Reading the issues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="37"/>
        <source>&amp;Save as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="44"/>
        <source>Reading the import issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="49"/>
        <source>Reading the issues was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="56"/>
        <source>The issues cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="62"/>
        <source>The first %1 of %2 issues. Save them as CSV to see all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importissuesdialog.cpp" line="64"/>
        <source>%Ln issue(s), in the order of their lines in the file.</source>
        <translation>
            <numerusform>%Ln issue, in the order of their lines in the file.</numerusform>
            <numerusform>%Ln issues, in the order of their lines in the file.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="72"/>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="73"/>
        <source>%1-issues.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="75"/>
        <location filename="../ui/import/importissuesdialog.cpp" line="92"/>
        <location filename="../ui/import/importissuesdialog.cpp" line="97"/>
        <source>Save Import Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="75"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="84"/>
        <source>Saving the import issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="93"/>
        <source>The issues could not be saved to %1: %2
Choose another folder or file name.</source>
        <translation type="unfinished"></translation>
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
    <name>swb::ImportIssuesModel</name>
    <message>
        <location filename="../ui/import/importissuesmodel.cpp" line="41"/>
        <source>(whole row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesmodel.cpp" line="57"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesmodel.cpp" line="59"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesmodel.cpp" line="61"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesmodel.cpp" line="63"/>
        <source>Value in the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ImportPipeline</name>
    <message>
        <location filename="../model/import/importpipeline.cpp" line="271"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/importpipeline.cpp" line="355"/>
        <source>The value holds bytes that are not valid UTF-8; each was replaced by U+FFFD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/importpipeline.cpp" line="214"/>
        <source>A quoted field that starts in this record is not closed before the end of the file; the record was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/importpipeline.cpp" line="217"/>
        <source>A quoted field that starts on line %1 runs to line %2 and holds %3 line(s) that look like whole records: a quote is probably not closed where it should be. Lines %1 to %2 were not imported; check the quotes on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/importpipeline.cpp" line="222"/>
        <source>The record has %1 fields but the header has %2; the record was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/importpipeline.cpp" line="230"/>
        <source>The value started with a byte order mark (U+FEFF), which was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/importpipeline.cpp" line="236"/>
        <source>Text follows the closing quote of this value; the value was kept as read. Check the quotes on this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/importpipeline.cpp" line="243"/>
        <source>The quoted value starting on line %1 runs over %2 lines, to line %3; check that its closing quote is where it should be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/importpipeline.cpp" line="397"/>
        <source>&quot;%1&quot; is not a valid %2 value for this column; NULL was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ImportPreviewPage</name>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="28"/>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="30"/>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="32"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="34"/>
        <source>pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="73"/>
        <source>Check what was detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="74"/>
        <source>Correct the delimiter, encoding or header row if the columns look wrong, and each column&apos;s name, type, role and personal-data flag. Changed values are shown in bold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="82"/>
        <location filename="../ui/import/importpreviewpage.cpp" line="89"/>
        <location filename="../ui/import/importpreviewpage.cpp" line="97"/>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="83"/>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="84"/>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="85"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="86"/>
        <source>Pipe ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="90"/>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="91"/>
        <source>UTF-16 (little endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="92"/>
        <source>UTF-16 (big endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="93"/>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="94"/>
        <source>Windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="98"/>
        <source>First row is the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="99"/>
        <source>No header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="107"/>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="108"/>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="109"/>
        <source>&amp;Header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="197"/>
        <source>Reading the file was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="236"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="241"/>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="253"/>
        <source>This file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="257"/>
        <source>the first row is the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="257"/>
        <source>no header row</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>swb::ImportRowsModel</name>
    <message>
        <location filename="../ui/import/importrowsmodel.cpp" line="66"/>
        <source>(skipped)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ImportRunPage</name>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="21"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="22"/>
        <source>The file is read and checked value by value. You can keep working in the main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="33"/>
        <source>Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="51"/>
        <source>The whole file is read; writing the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="53"/>
        <source>Read %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="82"/>
        <source>Cancelling: undoing what was imported so far…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="97"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="104"/>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="113"/>
        <source>The import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="125"/>
        <source>Finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="131"/>
        <source>The import was cancelled. The workspace is unchanged. Go back to change the settings, or close the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="135"/>
        <source>The import failed and the workspace is unchanged.

%1

Go back to change the settings (delimiter, encoding, column types), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ImportSummaryPage</name>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="24"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="25"/>
        <source>The workspace holds the imported data now. Every value that was changed or rejected is listed below with its line in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="48"/>
        <source>Show &amp;All Issues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="49"/>
        <source>&amp;Save Issues as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="56"/>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="60"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="60"/>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="60"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="60"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="60"/>
        <source>Empty cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="66"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="97"/>
        <source>%1 new, %2 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importsummarypage.cpp" line="101"/>
        <source>%Ln customer(s) that exist only in the orders were kept, so that every order keeps its customer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="113"/>
        <source>No issues: every value was imported as it was in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importsummarypage.cpp" line="115"/>
        <source>%Ln value(s) or row(s) were changed or rejected. The first %1 are listed here; nothing is lost silently: all are kept in the workspace.</source>
        <translation>
            <numerusform>%Ln value or row was changed or rejected. It is listed here and kept in the workspace.</numerusform>
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
    <message>
        <location filename="../ui/import/importtargetpage.cpp" line="33"/>
        <source>Choose how to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importtargetpage.cpp" line="34"/>
        <source>Nothing changes until the import has finished: cancelling or an error leaves the workspace as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importtargetpage.cpp" line="36"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importtargetpage.cpp" line="39"/>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importtargetpage.cpp" line="41"/>
        <source>&amp;Append</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importtargetpage.cpp" line="43"/>
        <source>&amp;Update and add (upsert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importtargetpage.cpp" line="51"/>
        <source>The file&apos;s rows replace the rows of this kind in the workspace. Segments and their static members are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importtargetpage.cpp" line="55"/>
        <source>The file&apos;s rows are added to the rows already there. New columns are added to the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importtargetpage.cpp" line="59"/>
        <source>Rows whose customer key is already in the workspace are updated (an empty cell keeps the stored value); the others are added. Needs a column with the role &quot;Customer key&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importtargetpage.cpp" line="64"/>
        <source>&amp;Stop at the first problem instead of recording it and going on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/importtargetpage.cpp" line="145"/>
        <source>No column has the role &quot;Customer key&quot;. Set it on the previous page to update customers by their key.</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <location filename="../ui/import/importtargetpage.cpp" line="154"/>
        <source>The workspace has no customers yet, so every mode imports the file as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ImportWizard</name>
    <message>
        <location filename="../ui/import/importwizard.cpp" line="19"/>
        <source>Import Data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::Importer</name>
    <message>
        <location filename="../model/import/importer.cpp" line="97"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/importer.cpp" line="120"/>
        <location filename="../model/import/importpass.cpp" line="68"/>
        <source>The import was cancelled; the workspace is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/importer.cpp" line="139"/>
        <source>The column types of %1 kept changing between passes; the import was stopped. Set the types of the columns explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/importer.cpp" line="151"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/importrun.cpp" line="214"/>
        <source>With the new columns of %1 the table %2 would have %3 columns; a workspace holds at most %4. Skip the columns you do not need, or import the file with the mode replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/importrun.cpp" line="220"/>
        <source>No column is left to import: every column is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/importrun.cpp" line="271"/>
        <source>Line %1: %2 Nothing was imported (strict mode stops at the first problem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/importrun.cpp" line="273"/>
        <source>Line %1, column &quot;%2&quot;: %3 Nothing was imported (strict mode stops at the first problem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/importrun.cpp" line="331"/>
        <source>The customer key &quot;%1&quot; appears again (first on line %2); this record was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="83"/>
        <source>Upsert matches customers by their key; it is not available for orders. Import the orders with the mode append or replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="88"/>
        <location filename="../model/import/importpass.cpp" line="91"/>
        <source>The workspace is busy or cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="156"/>
        <source>The customer key column &quot;%1&quot; of %2 is empty on all %3 order lines, so no order would belong to a customer; nothing was imported. Choose the column that holds the customer key: swb import --role COLUMN=customer_key (in the import wizard: the column&apos;s role).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="166"/>
        <source>(none: no integer or text column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="167"/>
        <source>No column of %1 could be identified as the customer key, so none of its %2 order lines would belong to a customer; nothing was imported. Columns considered: %3. Name the customer key column with swb import --role COLUMN=customer_key (in the import wizard: the column&apos;s role).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="182"/>
        <source>Cannot write the import log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="207"/>
        <source>Upsert matches rows on the customer key &quot;%1&quot;, but the file has no such column. Add it to the file, or import with the mode replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="210"/>
        <source>Upsert needs a customer key: the workspace has no column with the customer key role. Set one with swb fields --set-role COLUMN=customer_key or import with the mode append.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="217"/>
        <source>The customers in the workspace have the customer key column &quot;%1&quot;, but the file has no such column, so the appended customers would have no key. Add the column &quot;%1&quot; to the file, or import with the mode replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="228"/>
        <source>The customer key column &quot;%1&quot; of the workspace holds duplicates: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="333"/>
        <source>The customer key is empty; a customer added to the ones in the workspace needs one, so this record was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="363"/>
        <source>The customer key &quot;%1&quot; is already in the workspace or earlier in the file; this record was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="147"/>
        <source>Cannot save the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::JQueryQueryBuilder</name>
    <message>
        <location filename="../model/filter/jqueryquerybuilder.cpp" line="56"/>
        <source>A jQuery QueryBuilder rule needs a &quot;field&quot; (or &quot;id&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/jqueryquerybuilder.cpp" line="64"/>
        <source>Unknown jQuery QueryBuilder operator &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/jqueryquerybuilder.cpp" line="79"/>
        <source>Groups are nested more than %1 levels deep. Flatten the definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/jqueryquerybuilder.cpp" line="84"/>
        <source>&quot;condition&quot; must be &quot;AND&quot; or &quot;OR&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/jqueryquerybuilder.cpp" line="91"/>
        <source>A group needs &quot;rules&quot;: a list of rules and groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/jqueryquerybuilder.cpp" line="97"/>
        <source>A rule must be an object with &quot;field&quot;, &quot;operator&quot; and &quot;value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::JobIndicator</name>
    <message>
        <location filename="../ui/shell/jobindicator.cpp" line="30"/>
        <source>Cancel this job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/jobindicator.cpp" line="69"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>swb::KpiCalculator</name>
    <message>
        <location filename="../model/analytics/kpicalculator.cpp" line="255"/>
        <location filename="../model/analytics/kpicalculator.cpp" line="304"/>
        <source>The workspace has no customers yet: import a customer file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/kpicalculator.cpp" line="182"/>
        <source>%1 (no numeric field has the role &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/kpicalculator.cpp" line="123"/>
        <source>The KPI computation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/kpicalculator.cpp" line="194"/>
        <source>predicted_clv (run swb clv --save or Fit Models on the Customer value page and save a segment there)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::KpiService</name>
    <message>
        <location filename="../model/analytics/kpiservice.cpp" line="20"/>
        <source>Computing KPIs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::KpiTableModel</name>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="175"/>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="178"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="211"/>
        <source>Every customer in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="217"/>
        <source>Not available: no customer in this set has a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="219"/>
        <source>Not available: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="220"/>
        <source>Not available: %1. Give a field this role in Fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="231"/>
        <source>Lift: %1 (base = 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="233"/>
        <source>Customers without a value, left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="285"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="286"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="287"/>
        <source>Share of base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="288"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="289"/>
        <source>Share of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="290"/>
        <source>Revenue per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="291"/>
        <source>Avg. order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="292"/>
        <source>Orders per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="293"/>
        <source>Median recency (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="294"/>
        <source>Churn rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="295"/>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="296"/>
        <source>CLV (historical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="297"/>
        <source>Predicted CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="309"/>
        <source>Shaded by lift against all customers: blue and ▲ above, orange and ▼ below (100 = the same).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ListValueEditor</name>
    <message>
        <location filename="../ui/filter/editors/listvalueeditor.cpp" line="44"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/editors/listvalueeditor.cpp" line="64"/>
        <source>Add segment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/editors/listvalueeditor.cpp" line="64"/>
        <source>Add values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/editors/listvalueeditor.cpp" line="65"/>
        <source>Type a value and press Enter, or paste several separated by commas or new lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/editors/listvalueeditor.cpp" line="76"/>
        <source>Choose from the saved segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/editors/listvalueeditor.cpp" line="77"/>
        <source>Choose from the values in the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/editors/listvalueeditor.cpp" line="80"/>
        <source>No saved segments match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/editors/listvalueeditor.cpp" line="80"/>
        <source>No values match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/editors/listvalueeditor.cpp" line="237"/>
        <source>%1 (%2)</source>
        <extracomment>A value to choose and how many rows hold it, e.g. &quot;WHITE HEART (12)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/filter/editors/listvalueeditor.cpp" line="238"/>
        <source>%n row(s) hold this value</source>
        <translation>
            <numerusform>%n row holds this value</numerusform>
            <numerusform>%n rows hold this value</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::LiveCount</name>
    <message>
        <location filename="../ui/filter/livecount.cpp" line="76"/>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::MainActions</name>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="41"/>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="42"/>
        <source>Create an empty workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="43"/>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="44"/>
        <source>Open a workspace file (.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="45"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="47"/>
        <source>&amp;Close Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="47"/>
        <source>Close the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="48"/>
        <source>Create &amp;Demo Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="49"/>
        <source>Create a workspace with realistic sample customers and orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="50"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="50"/>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="51"/>
        <source>Import customers or orders from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="52"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="52"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="53"/>
        <source>Export customers to CSV, TSV, XLSX or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="54"/>
        <source>Export &amp;Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="55"/>
        <source>Save the Dashboard chart or table you last clicked as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="56"/>
        <source>Cop&amp;y Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="57"/>
        <source>Copy the Dashboard chart you last clicked (the KPI table as text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="60"/>
        <source>Export &amp;Review Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="61"/>
        <source>Write the KPIs, charts and a page per segment as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="63"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="66"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="69"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="70"/>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="71"/>
        <source>As-of date, interface language and fast opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="73"/>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="74"/>
        <source>Read the workspace again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="75"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="75"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="76"/>
        <source>Quit Segment Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="78"/>
        <source>&amp;About Segment Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="80"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="87"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="102"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="108"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="115"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="119"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="90"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="96"/>
        <source>Opening the workspace was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="99"/>
        <source>Demo Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="130"/>
        <source>Segment Builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="133"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <source>Customer Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="170"/>
        <source>Customers of the definition in the builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171"/>
        <location filename="../ui/mainwindow.cpp" line="283"/>
        <source>Customers of the segment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="186"/>
        <source>RFM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="208"/>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>Open Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="252"/>
        <source>The segment builder has unsaved changes. Replace them anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="257"/>
        <source>Open in Segment Builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="275"/>
        <source>Reading the segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="304"/>
        <source>Ctrl+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="366"/>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="374"/>
        <source>The segment builder has unsaved changes. Open %1 anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="394"/>
        <source>Creating the demo workspace in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="400"/>
        <source>The segment builder has unsaved changes. Close the workspace anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="443"/>
        <source>Cannot Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="444"/>
        <source>%1

Choose another workspace with File &gt; Open, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="452"/>
        <source>Segment Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="453"/>
        <source>%1 – Segment Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="471"/>
        <source>Save &quot;%1&quot; as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="472"/>
        <source>Click a chart on the Dashboard first, then export it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="478"/>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="479"/>
        <source>Workspaces (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="489"/>
        <location filename="../ui/mainwindow.cpp" line="495"/>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="489"/>
        <source>customers.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="490"/>
        <source>Workspaces (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="496"/>
        <source>%1 already exists; it is opened as it is. To start from scratch, choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="508"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="509"/>
        <source>Data is imported into a workspace. Create a new workspace for it, or open one you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="512"/>
        <source>&amp;Create Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="513"/>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="540"/>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="543"/>
        <source>The customers shown in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="557"/>
        <source>Review report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="626"/>
        <source>No customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="631"/>
        <source>%Ln customer(s) match</source>
        <translation>
            <numerusform>%Ln customer matches</numerusform>
            <numerusform>%Ln customers match</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="634"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="634"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="648"/>
        <source>Storing the as-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="657"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="680"/>
        <source>The segment builder has unsaved changes. Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="691"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="692"/>
        <source>A background job is still running. Cancel it and quit? Cancelled imports leave the workspace as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="703"/>
        <source>Cancelling the running jobs…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::MatrixHeatmap</name>
    <message>
        <location filename="../ui/charts/matrixheatmap.cpp" line="318"/>
        <source>%1, %2: %3 customers</source>
        <extracomment>A heat-map cell&apos;s tooltip: row label, column label, customers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/matrixheatmap.cpp" line="322"/>
        <source>%1, %2 (%3): %4 customers</source>
        <extracomment>A heat-map cell&apos;s tooltip: row label, column label, the cell&apos;s group, customers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::MultiSegmentExporter</name>
    <message>
        <location filename="../model/export/multisegment.cpp" line="129"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/multisegment.cpp" line="130"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/multisegment.cpp" line="131"/>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/multisegment.cpp" line="132"/>
        <source>Exported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/multisegment.cpp" line="133"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/multisegment.cpp" line="205"/>
        <source>Name at least one segment to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/multisegment.cpp" line="208"/>
        <source>The segment &quot;%1&quot; is named twice: name each segment once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/multisegment.cpp" line="211"/>
        <source>A destination preset or suppression list writes one list: export one segment at a time, or choose the plain preset to export several segments together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/multisegment.cpp" line="214"/>
        <source>One sheet per segment needs the XLSX format: choose XLSX, or a segments column or one column per segment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::NamedSelections</name>
    <message>
        <location filename="../model/browse/namedselection.cpp" line="20"/>
        <location filename="../model/browse/namedselection.cpp" line="38"/>
        <source>Cannot read the segment &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::NumberSpinBox</name>
    <message>
        <location filename="../ui/filter/editors/numberspinbox.cpp" line="17"/>
        <source>Whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/editors/numberspinbox.cpp" line="17"/>
        <location filename="../ui/filter/editors/numberspinbox.cpp" line="24"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::OperandConverter</name>
    <message>
        <location filename="../model/filter/operandconverter.cpp" line="59"/>
        <source>value &quot;%1&quot; is not a number, but %2 is a number field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/operandconverter.cpp" line="86"/>
        <source>value &quot;%1&quot; is not yes or no; the yes/no field %2 takes true, false, 1, 0, yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/operandconverter.cpp" line="102"/>
        <source>value %1 is not text, but %2 is a text field; put the value in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/operandconverter.cpp" line="122"/>
        <source>value &quot;%1&quot; is not a date; the date field %2 takes dates as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/operandconverter.cpp" line="125"/>
        <source>value &quot;%1&quot; is not a date; the date and time field %2 takes YYYY-MM-DD or YYYY-MM-DD HH:MM:SS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/operandconverter.cpp" line="155"/>
        <source>a value of %1 is missing or is not a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/operandconverter.cpp" line="174"/>
        <source>the text of &quot;%1&quot; is longer than %2 characters; shorten it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::OperatorPicker</name>
    <message>
        <location filename="../ui/filter/rows/operatorpicker.cpp" line="10"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/operatorpicker.cpp" line="59"/>
        <source>In the definition: &quot;%1&quot;</source>
        <extracomment>Tooltip of an operator: its name in the saved definition (JSON)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::OrderDerivedFields</name>
    <message>
        <location filename="../model/import/orderderivedfields.cpp" line="34"/>
        <source>The workspace has no orders and customers yet. Import an orders file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/orderderivedfields.cpp" line="42"/>
        <source>The orders or the customers have no customer key column. Set the Customer key role (swb fields --set-role COLUMN=customer_key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/orderderivedfields.cpp" line="143"/>
        <source>%1 (latest order)</source>
        <extracomment>The header of a customer field derived from an order column: its value on the customer&apos;s latest order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/orderderivedfields.cpp" line="145"/>
        <source>%1 (first order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/orderderivedfields.cpp" line="147"/>
        <source>%1 (most orders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/orderderivedfields.cpp" line="150"/>
        <source>%1 (distinct values)</source>
        <extracomment>The number of distinct values of an order column among a customer&apos;s orders, e.g. &quot;Country (distinct)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/orderderivedfields.cpp" line="191"/>
        <source>A derived field is NAME=KIND:COLUMN (e.g. country=last:Country), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/orderderivedfields.cpp" line="197"/>
        <source>Unknown kind &quot;%1&quot; of a derived field: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/orderderivedfields.cpp" line="222"/>
        <source>Name the new customer field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/orderderivedfields.cpp" line="229"/>
        <source>The orders have no column &quot;%1&quot;. Their columns: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/orderderivedfields.cpp" line="238"/>
        <source>The customers already have a column &quot;%1&quot;; choose another name for the derived field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/orderderivedfields.cpp" line="278"/>
        <source>There is no customer field &quot;%1&quot; derived from the orders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::OrderLines</name>
    <message>
        <location filename="../model/analytics/orderlines.cpp" line="38"/>
        <source>The customers have no customer key column that holds only texts or only whole numbers, so their orders cannot be matched. Set the Customer key role on the column that identifies a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/orderlines.cpp" line="308"/>
        <source>The workspace has no orders. Import an orders file (swb import FILE --kind orders) to see how segments developed over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/orderlines.cpp" line="314"/>
        <source>The orders have no customer key column. Set the Customer key role on the orders column that names the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/orderlines.cpp" line="319"/>
        <source>The orders have no order date column, so they cannot be placed in time. Set the Order date role on the column with the order dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/orderlines.cpp" line="324"/>
        <source>The orders have no amount column, and no quantity and unit price columns. Set the Amount role (or the Quantity and Unit price roles) on the orders&apos; columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/orderlines.cpp" line="369"/>
        <source>Cannot read the orders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/orderlines.cpp" line="374"/>
        <source>Reading the orders was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/orderlines.cpp" line="396"/>
        <source>An order line has the amount %1, beyond the ±1,000,000,000,000 that amounts are added up exactly to; the back-calculation does not take such amounts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::OrderRulePanel</name>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="24"/>
        <source>of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="27"/>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="34"/>
        <source>Number of orders</source>
        <extracomment>Measure of an order rule: how many orders a customer has</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="35"/>
        <source>Total amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="36"/>
        <source>Distinct values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="37"/>
        <source>First order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="38"/>
        <source>Last order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="39"/>
        <source>What is compared: of each customer&apos;s order lines that match the condition below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="40"/>
        <source>The order column whose distinct values are counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="41"/>
        <source>Choose a column…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="44"/>
        <source>at any time</source>
        <extracomment>Time window of an order rule: every order counts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="45"/>
        <source>in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="46"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="47"/>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="48"/>
        <source>between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="49"/>
        <source>Which order dates count (whole days, both ends included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="51"/>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="106"/>
        <source>Has no orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="52"/>
        <source>Select the customers without such orders (number of orders is 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="71"/>
        <source>Orders placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="78"/>
        <source>Only order lines where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="92"/>
        <source>Choose measure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="96"/>
        <source>Choose column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="100"/>
        <source>Choose time window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="106"/>
        <source>Has orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="215"/>
        <source>Edit time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="240"/>
        <source>Edit order condition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::OrderRules</name>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="18"/>
        <source>&quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="52"/>
        <source>measure &quot;sum&quot; needs the amount of each order line, but the orders have no amount column and no quantity and unit price columns; set their roles with swb fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="57"/>
        <source>measure %1 needs the order date, but the orders have no order date column; set its role with swb fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="65"/>
        <source>measure %1: the orders have no column %2; use one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="69"/>
        <source>unknown measure %1; use &quot;count&quot;, &quot;sum&quot;, &quot;distinct:COLUMN&quot;, &quot;first_date&quot; or &quot;last_date&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="81"/>
        <source>&quot;window&quot; must be an object: {&quot;inLastDays&quot;: N}, {&quot;from&quot;: &quot;YYYY-MM-DD&quot;}, {&quot;to&quot;: &quot;YYYY-MM-DD&quot;} or both dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="87"/>
        <source>&quot;window&quot; has the unknown key %1; use &quot;inLastDays&quot;, or &quot;from&quot; and &quot;to&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="93"/>
        <source>&quot;window&quot; needs the order date, but the orders have no order date column; set its role with swb fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="117"/>
        <source>&quot;window&quot; takes either &quot;inLastDays&quot; or &quot;from&quot;/&quot;to&quot;, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="121"/>
        <source>&quot;window&quot;: &quot;inLastDays&quot; needs a whole number of days from 0 to %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="124"/>
        <source>&quot;window&quot;: &quot;inLastDays&quot; needs the workspace&apos;s as-of date, which is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="139"/>
        <source>&quot;window&quot;: %1 must be a date YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="147"/>
        <source>&quot;window&quot;: &quot;from&quot; (%1) is after &quot;to&quot; (%2); swap them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="161"/>
        <source>number of orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="165"/>
        <source>amount spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="169"/>
        <source>number of distinct values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="174"/>
        <source>first order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="175"/>
        <source>last order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="221"/>
        <source>&quot;%1&quot; needs two values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="226"/>
        <source>&quot;%1&quot; needs one value: a number, or a date YYYY-MM-DD for &quot;first_date&quot; and &quot;last_date&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="239"/>
        <source>value &quot;%1&quot; is not a date; %2 takes a date as YYYY-MM-DD, without a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="271"/>
        <source>operator &quot;%1&quot; is not valid for &quot;@orders&quot;; use =, !=, &lt;, &gt;, &lt;=, &gt;=, between or notBetween</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="278"/>
        <source>the workspace has no orders; import an orders file before using &quot;@orders&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="279"/>
        <source>the orders have no customer key column, so they cannot be matched to customers; set its role with swb fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="284"/>
        <source>the customers have no customer key column, so orders cannot be matched to them; set its role with swb fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::OrderStore</name>
    <message>
        <location filename="../model/filter/orderstore.cpp" line="81"/>
        <source>The workspace has no orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/orderstore.cpp" line="85"/>
        <source>The orders or the customers have no customer key column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/orderstore.cpp" line="123"/>
        <location filename="../model/filter/orderstore.cpp" line="140"/>
        <source>The orders changed while they were read. Count again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/filter/orderstore.cpp" line="135"/>
        <source>Loading was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::OrdersAggregator</name>
    <message>
        <location filename="../model/import/ordersaggregator.cpp" line="223"/>
        <source>The orders have no amount column, and no quantity and unit price columns, so revenue cannot be computed. Name the columns (e.g. &quot;Amount&quot;, or &quot;Quantity&quot; and &quot;UnitPrice&quot;) or set their roles with an override.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::OverlapService</name>
    <message>
        <location filename="../model/analytics/overlapservice.cpp" line="18"/>
        <source>Comparing segment overlaps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::PairValueEditor</name>
    <message>
        <location filename="../ui/filter/editors/pairvalueeditor.cpp" line="21"/>
        <source>and</source>
        <extracomment>Between the two values of &quot;is between 10 and 20&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::PreferencesDialog</name>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="50"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="53"/>
        <source>As-of date of this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="56"/>
        <source>Recency, &quot;in the last N days&quot; rules and KPIs are computed relative to this date. By default it is the day after the latest purchase in the data, so historical data sets analyse sensibly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="59"/>
        <source>Use a &amp;fixed date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="71"/>
        <source>Without a fixed date: %1 (from the data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="76"/>
        <source>Open a workspace to change its as-of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="80"/>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="83"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="87"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="88"/>
        <source>A new language applies the next time Segment Workbench starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="102"/>
        <source>Opening large workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="104"/>
        <source>&amp;Keep a copy for fast opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="107"/>
        <source>A workspace with 100,000 customers or more then opens in a fraction of a second instead of about a second per million customers. The copies hold customer data, take about 170 MB per million customers and are kept for the three workspaces used last, in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="115"/>
        <source>&amp;Delete Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="132"/>
        <source>No copies now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/preferencesdialog.cpp" line="133"/>
        <source>Copies now: %n workspace(s), %1.</source>
        <translation>
            <numerusform>Copies now: %n workspace, %1.</numerusform>
            <numerusform>Copies now: %n workspaces, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::PresetExporter</name>
    <message>
        <location filename="../model/export/presetexporter.cpp" line="50"/>
        <source>The workspace has no column with the role email or phone, which this export needs. Give the column that holds the e-mail addresses that role, for example: swb fields --db %1 --set-role COLUMN=email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/presetexporter.cpp" line="54"/>
        <source>The workspace has no column with the role %1, which this export needs. Give the column that holds it that role, for example: swb fields --db %2 --set-role COLUMN=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/presetexporter.cpp" line="89"/>
        <source>A suppression list is one column of text without a header: choose the CSV or TSV format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/presetexporter.cpp" line="91"/>
        <source>The preset %1 needs the e-mail addresses and phone numbers themselves: choose the PII policy keep, or a Google or Meta preset for hashed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/presetexporter.cpp" line="95"/>
        <source>The preset %1 writes personal data hashed (SHA-256) or as it is: choose the PII policy hash or keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/presetexporter.cpp" line="100"/>
        <source>The default country &quot;%1&quot; is not an ISO 3166-1 alpha-2 code: give two capital letters such as DE, FR or GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/presetexporter.cpp" line="171"/>
        <source>Reading the customers failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::PresetLayout</name>
    <message>
        <location filename="../model/export/exportpresets.cpp" line="256"/>
        <source>no e-mail address and no phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exportpresets.cpp" line="257"/>
        <source>no e-mail address and a phone number that is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exportpresets.cpp" line="258"/>
        <source>an e-mail address that is not valid and no phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exportpresets.cpp" line="259"/>
        <source>neither a valid e-mail address nor a valid phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exportpresets.cpp" line="260"/>
        <source>no e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exportpresets.cpp" line="261"/>
        <source>an e-mail address that is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exportpresets.cpp" line="262"/>
        <source>no phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/exportpresets.cpp" line="263"/>
        <source>a phone number that is not valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ProfileHeatmap</name>
    <message>
        <location filename="../ui/charts/profileheatmap.cpp" line="149"/>
        <source>%1 %2 (z-score %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/profileheatmap.cpp" line="167"/>
        <source>%1 (%2 customers)
%3: mean %4, all clustered customers %5
z-score %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::RecentWorkspaces</name>
    <message>
        <location filename="../ui/shell/recentworkspaces.cpp" line="77"/>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/recentworkspaces.cpp" line="84"/>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/recentworkspaces.cpp" line="88"/>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ReportCanvas</name>
    <message>
        <location filename="../ui/report/reportcanvas.cpp" line="50"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ReviewReport</name>
    <message>
        <location filename="../model/analytics/reviewreport.cpp" line="66"/>
        <source>The workspace has no saved segments. Save a segment first, then make the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/reviewreport.cpp" line="73"/>
        <source>No saved segment is named “%1”. Saved segments: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/reviewreport.cpp" line="118"/>
        <source>The trend has no line for this segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/reviewreport.cpp" line="161"/>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/reviewreport.cpp" line="165"/>
        <source>The trend covers 1 to %1 months; %2 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ReviewReportDialog</name>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="30"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="36"/>
        <source>Export Review Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="50"/>
        <source> months</source>
        <extracomment>Suffix of the number of months of trend in the review report dialog.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="57"/>
        <source>%1 review %2.pdf</source>
        <extracomment>Default file name of the review report: the workspace&apos;s name and today&apos;s date.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="65"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="83"/>
        <source>Wrote page %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="88"/>
        <source>The report was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="105"/>
        <source>&amp;Segments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="106"/>
        <source>&amp;Trend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="107"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="149"/>
        <source>Save Review Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="150"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="192"/>
        <source>Gathering the numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="194"/>
        <source>Making the review report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="203"/>
        <source>The report was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="211"/>
        <source>The report could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ReviewReportWriter</name>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="107"/>
        <source>Segment review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="111"/>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="113"/>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="116"/>
        <source>Made on %1</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <location filename="../ui/report/reportpages.cpp" line="131"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="134"/>
        <source>•  %1: %2 customers (%3% of all)</source>
        <extracomment>A line of the title page&apos;s segment list: name, customers, share of all customers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="143"/>
        <source>KPIs of the segments and all customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="144"/>
        <source>KPIs (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="147"/>
        <source>Cells are shaded by lift against all customers: blue above, orange below (100 = the same). Money in the workspace&apos;s currency; recency in days up to the as-of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="152"/>
        <source>Not available (n/a): %1. Give a field this role in Fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="186"/>
        <source>The charts show the first %1 of the %2 segments; the KPI table lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="197"/>
        <source>The overlaps of the first %1 of the %2 segments are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="207"/>
        <source>Segment sizes and revenue per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="210"/>
        <source>Who brings the money, and how segments overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="213"/>
        <source>Who brings the money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="215"/>
        <source>How segments overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportwriter.cpp" line="19"/>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportwriter.cpp" line="25"/>
        <source>Segment review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportwriter.cpp" line="46"/>
        <source>Give the report a file name ending in .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportwriter.cpp" line="49"/>
        <source>%1 is a folder: give the report a file name ending in .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportwriter.cpp" line="52"/>
        <source>%1 is the workspace itself: choose another file name for the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportwriter.cpp" line="56"/>
        <source>The folder %1 does not exist. Choose an existing folder for the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportwriter.cpp" line="59"/>
        <source>the folder is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportwriter.cpp" line="81"/>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportwriter.cpp" line="85"/>
        <source>Segment review of %1 as of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::RfmAnalysis</name>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="188"/>
        <source>RFM levels must be between 2 and 10, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="202"/>
        <source>The RFM grid has %1 levels but %2 were asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="285"/>
        <source>The workspace has no customers yet: import a customer file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="287"/>
        <source>The RFM grid does not match the %1 levels asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="301"/>
        <source>RFM needs fields with the roles %1. Import an orders file (it adds them), or set the roles of existing columns (swb fields --set-role COLUMN=ROLE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="309"/>
        <location filename="../model/analytics/rfmanalysis.cpp" line="341"/>
        <location filename="../model/analytics/rfmanalysis.cpp" line="363"/>
        <source>The RFM analysis was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="385"/>
        <source>There is no RFM run to regroup yet: run the RFM analysis first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="392"/>
        <source>The grid has %1 levels but the latest RFM run scored %2: run the analysis again with %1 levels first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="519"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::RfmGrid</name>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="15"/>
        <source>Recent Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="15"/>
        <source>Potential Loyalists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="16"/>
        <source>Loyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="16"/>
        <location filename="../analysis/rfmgrid.cpp" line="17"/>
        <source>Champions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="18"/>
        <source>Promising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="20"/>
        <source>Need Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="21"/>
        <source>About to Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="22"/>
        <source>At Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="23"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="23"/>
        <source>Hibernating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="24"/>
        <source>Can&apos;t Lose Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="118"/>
        <source>The RFM grid needs &quot;levels&quot; between 2 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="122"/>
        <source>The RFM grid has %1 rows for %2 levels; it needs one row per R score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="131"/>
        <source>The RFM grid has a row with &quot;r&quot; %1; each R score from 1 to %2 needs exactly one row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="136"/>
        <source>Row R = %1 of the RFM grid has %2 groups; it needs %3, one per FM score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="144"/>
        <source>The group for R = %1, FM = %2 of the RFM grid is empty; give it a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::RfmGridCommand</name>
    <message>
        <location filename="../ui/rfm/rfmgridcommand.cpp" line="17"/>
        <source>Cell R %1, FM %2 to &quot;%3&quot;</source>
        <extracomment>Undo/Redo text: the RFM grid cell R %1, FM %2 now belongs to the group %3.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::RfmGroupTableModel</name>
    <message>
        <location filename="../ui/rfm/rfmgrouptablemodel.cpp" line="122"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmgrouptablemodel.cpp" line="137"/>
        <source>Double-click to open the group in the segment builder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmgrouptablemodel.cpp" line="139"/>
        <source>Not available: no customer of this group has a value, or the field role is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmgrouptablemodel.cpp" line="141"/>
        <source>Customers without a value, left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmgrouptablemodel.cpp" line="165"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmgrouptablemodel.cpp" line="167"/>
        <source>Share of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmgrouptablemodel.cpp" line="169"/>
        <source>Mean recency (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmgrouptablemodel.cpp" line="171"/>
        <source>Mean frequency (orders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmgrouptablemodel.cpp" line="173"/>
        <source>Mean monetary value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::RfmOverviewReader</name>
    <message>
        <location filename="../model/analytics/rfmoverview.cpp" line="102"/>
        <source>The workspace has no customers yet: import a customer file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmoverview.cpp" line="174"/>
        <source>Reading the RFM analysis was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::RfmPage</name>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="53"/>
        <source>Groups of the latest run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="77"/>
        <source>Cannot read the RFM groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="100"/>
        <source>%1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="102"/>
        <source>How many scores R, F and M each have; the named groups are defined for 3, 4 and 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="103"/>
        <source>&amp;Run RFM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="105"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="120"/>
        <location filename="../ui/rfm/rfmpage.cpp" line="464"/>
        <source>Save Groups as Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="122"/>
        <source>Saves one static segment per group (&quot;RFM: Champions&quot;, …), replacing those of an earlier save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="124"/>
        <location filename="../ui/rfm/rfmpage.cpp" line="181"/>
        <source>Open Group in Builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="126"/>
        <source>Opens the group chosen in the table as a dynamic definition on rfm_group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="127"/>
        <source>Scores:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="144"/>
        <source>Customers per R and FM score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="145"/>
        <source>Recency score (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="145"/>
        <source>Frequency and monetary score (FM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="146"/>
        <location filename="../ui/rfm/rfmpage.cpp" line="345"/>
        <source>No RFM run yet: choose the levels and click Run RFM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="156"/>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="157"/>
        <source>Transitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="158"/>
        <source>Click a cell to give its customers another group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="184"/>
        <source>Copy as TSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="197"/>
        <source>RFM groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="200"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="202"/>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="252"/>
        <source>Open a workspace with customers and orders to score them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="257"/>
        <source>Reading the RFM groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="289"/>
        <source>Scoring the customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="304"/>
        <source>Run %1: %2 customers scored, %3 without orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="341"/>
        <source>Run %1 as of %2: %3 customers scored, %4 without orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="401"/>
        <source>Group of R %1, FM %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="410"/>
        <source>Open &quot;%1&quot; in Builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="435"/>
        <source>RFM Grid</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>swb::RfmService</name>
    <message>
        <location filename="../model/analytics/rfmservice.cpp" line="18"/>
        <source>The workspace could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmservice.cpp" line="35"/>
        <source>Running the RFM analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmservice.cpp" line="45"/>
        <source>The RFM analysis was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmservice.cpp" line="61"/>
        <source>Reading the RFM groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmservice.cpp" line="86"/>
        <source>Reading the RFM transitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmservice.cpp" line="109"/>
        <source>Storing the RFM grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmservice.cpp" line="122"/>
        <source>Saving the RFM groups as segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmservice.cpp" line="138"/>
        <source>The change was not stored: the job was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::RfmTransitionsPanel</name>
    <message>
        <location filename="../ui/rfm/rfmtransitionspanel.cpp" line="45"/>
        <source>Customers moving between groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmtransitionspanel.cpp" line="52"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmtransitionspanel.cpp" line="54"/>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmtransitionspanel.cpp" line="66"/>
        <source>Cannot read the transitions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmtransitionspanel.cpp" line="107"/>
        <source>Run %1 (as of %2)</source>
        <extracomment>A run in the transition tab&apos;s choice: its number and the as-of date it scored.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmtransitionspanel.cpp" line="148"/>
        <source>Run the RFM analysis twice (for example a month apart) to see how customers move between the groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmtransitionspanel.cpp" line="174"/>
        <source>From run %1 (%2)</source>
        <extracomment>Axis titles of the transition heat map: run number and as-of date.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmtransitionspanel.cpp" line="175"/>
        <source>To run %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmtransitionspanel.cpp" line="176"/>
        <source>No customer was scored in either run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::RoleAssignment</name>
    <message>
        <location filename="../model/import/roleassignment.cpp" line="44"/>
        <source>The table %1 has no column &quot;%2&quot;. Run swb fields --db WS --table %1 to see the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/roleassignment.cpp" line="49"/>
        <source>The column &quot;%1&quot; is of type %2, which cannot have the role %3 (%4). Choose a column of a fitting type, or import the file again with --type %1=TYPE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/roleassignment.cpp" line="53"/>
        <source>the role needs another type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/roleassignment.cpp" line="54"/>
        <source>a date role needs a date column; dates written as 19970101 are read as dates with --type COLUMN=date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/roleassignment.cpp" line="62"/>
        <source>The workspace is busy or cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::RowInserter</name>
    <message>
        <location filename="../model/import/rowinserter.cpp" line="109"/>
        <source>Writing the record of line %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/import/rowinserter.cpp" line="133"/>
        <source>Writing the records of lines %1 to %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::RuleChecker</name>
    <message>
        <location filename="../ui/filter/definition/rulechecker.cpp" line="39"/>
        <source>Choose the column whose distinct values are counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/rulechecker.cpp" line="42"/>
        <source>Enter the number of days of the time window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/rulechecker.cpp" line="44"/>
        <source>Enter the first day of the time window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/rulechecker.cpp" line="46"/>
        <source>Enter the last day of the time window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/rulechecker.cpp" line="55"/>
        <source>Complete the condition on the order lines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/rulechecker.cpp" line="63"/>
        <source>Choose a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/rulechecker.cpp" line="65"/>
        <source>Choose an operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/rulechecker.cpp" line="74"/>
        <source>Enter a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/rulechecker.cpp" line="77"/>
        <source>Enter a number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/rulechecker.cpp" line="82"/>
        <source>Add at least one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/rulechecker.cpp" line="87"/>
        <source>Enter both values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/rulechecker.cpp" line="114"/>
        <source>A rule is invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::RuleWidget</name>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="77"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="77"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="99"/>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="175"/>
        <source>Mute: leave this rule out without deleting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="100"/>
        <source>Remove rule (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="116"/>
        <source>Change of the count by this rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="117"/>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="177"/>
        <source>Mute rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="118"/>
        <source>Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="119"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="120"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="140"/>
        <source>Choose field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="146"/>
        <source>Choose operator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="176"/>
        <source>Unmute: count this rule again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="177"/>
        <source>Unmute rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="202"/>
        <source>empty rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="203"/>
        <source>Rule %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="217"/>
        <source>Value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="297"/>
        <source>Edit value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="322"/>
        <source>Muted: left out of the count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="327"/>
        <source>%1 Until then the rule is left out of the count.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ScatterPlot</name>
    <message>
        <location filename="../ui/charts/scatterplot.cpp" line="214"/>
        <source>%1 (%2)</source>
        <extracomment>A cluster in the legend of the scatter chart: its name and its number of customers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/scatterplot.cpp" line="265"/>
        <source>%1 (%2): %n point drawn, centred at %3 %4, %5 %6</source>
        <translation>
            <numerusform>%1 (%2): %n point drawn, centred at %3 %4, %5 %6</numerusform>
            <numerusform>%1 (%2): %n points drawn, centred at %3 %4, %5 %6</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/scatterplot.cpp" line="266"/>
        <source>%1 (%2): %n points drawn, centred at %3 %4, %5 %6</source>
        <translation>
            <numerusform>%1 (%2): %n point drawn, centred at %3 %4, %5 %6</numerusform>
            <numerusform>%1 (%2): %n points drawn, centred at %3 %4, %5 %6</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/charts/scatterplot.cpp" line="300"/>
        <source>Customer %1
%2</source>
        <extracomment>Tooltip of a point of the scatter chart: the customer&apos;s key, then the cluster&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::SearchListPopup</name>
    <message>
        <location filename="../ui/filter/rows/searchlistpopup.cpp" line="25"/>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/searchlistpopup.cpp" line="63"/>
        <source>Nothing matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::SegmentBuilderPage</name>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="48"/>
        <source>Open or create a workspace to build segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="88"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="93"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="94"/>
        <source>The definition has unsaved changes. Start a new one anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="97"/>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="347"/>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="387"/>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="412"/>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="447"/>
        <source>Save segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="98"/>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="99"/>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="100"/>
        <source>Add order rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="102"/>
        <source>Add group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="104"/>
        <source>Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="109"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="112"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="117"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="119"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="126"/>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="128"/>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="153"/>
        <source>Open ▾</source>
        <extracomment>Button with a menu of the saved segments</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="155"/>
        <source>Open a saved segment for editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="230"/>
        <source>Follow the rename of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="305"/>
        <source>There is no segment called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="308"/>
        <source>The definition has unsaved changes. Open &quot;%1&quot; anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="336"/>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="341"/>
        <source>New segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="341"/>
        <source>Segment “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="343"/>
        <source>%1 (unsaved changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="345"/>
        <source>%1 (saving…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="347"/>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="447"/>
        <source>Update segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="366"/>
        <source>%1 (static: build on its members)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="371"/>
        <source>Open segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="375"/>
        <source>No saved segments yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="385"/>
        <source>%n rule is incomplete; complete or remove it first.</source>
        <translation>
            <numerusform>%n rule is incomplete; complete or remove it first.</numerusform>
            <numerusform>%n rule is incomplete; complete or remove it first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="386"/>
        <source>%n rules are incomplete; complete or remove them first.</source>
        <translation>
            <numerusform>%n rules are incomplete; complete or remove them first.</numerusform>
            <numerusform>%n rules are incomplete; complete or remove them first.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="387"/>
        <source>The segment cannot be saved yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="412"/>
        <source>Name of the new segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="415"/>
        <source>A segment called &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="439"/>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="440"/>
        <source>The segment is being saved; wait until that has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="441"/>
        <source>Complete or remove the incomplete rules first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::SegmentChecklist</name>
    <message>
        <location filename="../ui/dashboard/segmentchecklist.cpp" line="69"/>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/segmentchecklist.cpp" line="72"/>
        <source>Always shown: every segment&apos;s lift compares with all customers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::SegmentChooser</name>
    <message>
        <location filename="../ui/dashboard/segmentchooser.cpp" line="17"/>
        <source>Choose the segments the table and the charts show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/segmentchooser.cpp" line="31"/>
        <source>Segments: %1 of %2</source>
        <extracomment>The button that opens the Dashboard&apos;s list of segments: %1 checked of %2 saved.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::SegmentEditor</name>
    <message>
        <location filename="../ui/filter/segmenteditor.cpp" line="138"/>
        <source>Fix the rule marked in red to see the count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/filter/segmenteditor.cpp" line="154"/>
        <source>%n incomplete rule left out</source>
        <translation>
            <numerusform>%n incomplete rule left out</numerusform>
            <numerusform>%n incomplete rule left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/filter/segmenteditor.cpp" line="155"/>
        <source>%n incomplete rules left out</source>
        <translation>
            <numerusform>%n incomplete rules left out</numerusform>
            <numerusform>%n incomplete rules left out</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/filter/segmenteditor.cpp" line="157"/>
        <source>each rule&apos;s number is shown for at most %1 rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/segmenteditor.cpp" line="168"/>
        <source>Without this rule the segment would have %1 customers; this rule alone matches %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/filter/segmenteditor.cpp" line="182"/>
        <source>%n incomplete rule is left out until it is complete.</source>
        <translation>
            <numerusform>%n incomplete rule is left out until it is complete.</numerusform>
            <numerusform>%n incomplete rule is left out until it is complete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/filter/segmenteditor.cpp" line="184"/>
        <source>%n incomplete rules are left out until they are complete.</source>
        <translation>
            <numerusform>%n incomplete rules are left out until they are complete.</numerusform>
            <numerusform>%n incomplete rules are left out until they are complete.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/filter/segmenteditor.cpp" line="193"/>
        <source>The definition cannot be described yet. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::SegmentListModel</name>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="97"/>
        <source>…</source>
        <extracomment>Size of a segment that is still being counted, or could not be counted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="97"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="104"/>
        <source>%1: dynamic segment, re-evaluated on the current data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="105"/>
        <source>%1: static segment, a frozen list of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="109"/>
        <source>Cannot be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="111"/>
        <source>A change of this segment is being saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="142"/>
        <source>Segment</source>
        <extracomment>Column header in the segments list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="145"/>
        <source>Customers</source>
        <extracomment>Column header: number of customers in the segment</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::SegmentNameDialog</name>
    <message>
        <location filename="../ui/segments/segmentnamedialog.cpp" line="52"/>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentnamedialog.cpp" line="54"/>
        <source>A segment name cannot contain a comma: definitions list segment names separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentnamedialog.cpp" line="56"/>
        <source>Use at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::SegmentOperations</name>
    <message>
        <location filename="../model/jobs/segmentoperations.cpp" line="128"/>
        <source>Renaming the segment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/jobs/segmentoperations.cpp" line="135"/>
        <source>Duplicating the segment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/jobs/segmentoperations.cpp" line="141"/>
        <source>Deleting the segment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/jobs/segmentoperations.cpp" line="149"/>
        <location filename="../model/jobs/segmentoperations.cpp" line="157"/>
        <source>Saving the segment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/jobs/segmentoperations.cpp" line="162"/>
        <source>Taking a snapshot of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/jobs/segmentoperations.cpp" line="169"/>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/jobs/segmentoperations.cpp" line="248"/>
        <location filename="../model/jobs/segmentoperations.cpp" line="260"/>
        <source>Reading the saved segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/jobs/segmentoperations.cpp" line="269"/>
        <source>Reading the segments&apos; snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/jobs/segmentoperations.cpp" line="281"/>
        <source>Counting the segments&apos; customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/jobs/segmentoperations.cpp" line="293"/>
        <source>Reading the values of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::SegmentPage</name>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="39"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="40"/>
        <source>static</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="40"/>
        <source>dynamic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="42"/>
        <source>Segment %1 of %2 · %3 · %4 customers (%5 of all)</source>
        <extracomment>Under a segment&apos;s name: its number in the report, its kind (dynamic/static), its size and share of all.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="46"/>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="48"/>
        <source>All customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="66"/>
        <source>KPIs against all customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="68"/>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="68"/>
        <source>This segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="68"/>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="68"/>
        <source>Lift (100 = same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/segmentpage.cpp" line="89"/>
        <source>Customers at each month end, last %n month(s)</source>
        <translation>
            <numerusform>Customers at each month end, last %n month</numerusform>
            <numerusform>Customers at each month end, last %n months</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="103"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="116"/>
        <source>Where this segment differs most from all customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="118"/>
        <source>No field differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="124"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="124"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="124"/>
        <source>In this segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="124"/>
        <source>Of all customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="125"/>
        <source>Difference (percentage points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="144"/>
        <source>Not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::SegmentRepository</name>
    <message>
        <location filename="../model/segments/segmentrepository.cpp" line="80"/>
        <source>A segment needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/segments/segmentrepository.cpp" line="82"/>
        <source>A segment name cannot start or end with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/segments/segmentrepository.cpp" line="87"/>
        <source>A segment name cannot contain line breaks, tabs or other control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/segments/segmentrepository.cpp" line="91"/>
        <source>A segment name can be at most 200 characters long (this one has %n).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/segments/segmentrepository.cpp" line="94"/>
        <source>A segment name cannot contain a comma (&quot;%1&quot;): definitions list segment names separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/segments/segmentrepository.cpp" line="101"/>
        <source>A segment called &quot;%1&quot; exists already; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/segments/segmentrepository.cpp" line="173"/>
        <location filename="../model/segments/segmentrepository.cpp" line="322"/>
        <location filename="../model/segments/segmentrepository.cpp" line="364"/>
        <location filename="../model/segments/segmentrepository.cpp" line="402"/>
        <location filename="../model/segments/segmentrepository.cpp" line="409"/>
        <location filename="../model/segments/segmentrepository.cpp" line="440"/>
        <location filename="../model/segments/segmentrepository.cpp" line="469"/>
        <source>There is no segment called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/segments/segmentrepository.cpp" line="176"/>
        <source>&quot;%1&quot; is a static segment: its members are frozen. Save the definition as a new segment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/segments/segmentrepository.cpp" line="225"/>
        <source>The workspace has no customers yet: import a customer file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/segments/segmentrepository.cpp" line="444"/>
        <source>&quot;%1&quot; cannot be deleted: the segments %2 refer to it. Change or delete them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/jobs/segmentoperations.cpp" line="80"/>
        <location filename="../model/segments/segmentrepository.cpp" line="457"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/segments/segmentrepository.cpp" line="554"/>
        <source>Name at least one segment to compare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::SegmentTasks</name>
    <message>
        <location filename="../model/jobs/segmenttasks.cpp" line="24"/>
        <source>The workspace is busy: another program is writing to it. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/jobs/segmenttasks.cpp" line="51"/>
        <source>The change was not made: it was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::SegmentWords</name>
    <message>
        <location filename="../model/segments/segmentwords.cpp" line="14"/>
        <source>The definition cannot be described: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/segments/segmentwords.cpp" line="19"/>
        <source>A fixed list of customers (static segment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/segments/segmentwords.cpp" line="20"/>
        <source>A fixed list of customers (static segment), taken from: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::SegmentsDock</name>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="38"/>
        <source>Filter segments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="400"/>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="411"/>
        <source>First snapshot of &quot;%1&quot;: %2 customers. The next snapshot will show who entered and who left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="413"/>
        <source>Snapshot of &quot;%1&quot;: %2 customers; %3 entered and %4 left since the previous one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="114"/>
        <source>Open in builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="115"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="116"/>
        <source>Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="117"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="118"/>
        <source>Take snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="119"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="120"/>
        <source>Export history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="127"/>
        <source>Who exported the segment when, with which columns and PII policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="128"/>
        <source>Freeze the current members and KPIs, to compare later how the segment changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="185"/>
        <source>No saved segments yet. Build one in the segment builder and save it with Ctrl+S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="183"/>
        <source>Open a workspace to see its segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/segmentsdock.cpp" line="188"/>
        <source>No segment name contains &quot;%1&quot;. Clear the filter to see all %n segment(s).</source>
        <translation>
            <numerusform>No segment name contains &quot;%1&quot;. Clear the filter to see the %n segment.</numerusform>
            <numerusform>No segment name contains &quot;%1&quot;. Clear the filter to see all %n segments.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="286"/>
        <source>Renaming &quot;%1&quot; to &quot;%2&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="288"/>
        <location filename="../ui/segments/segmentsdock.cpp" line="342"/>
        <source>Rename segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="304"/>
        <source>Copying &quot;%1&quot; to &quot;%2&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="319"/>
        <source>Deleting &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="342"/>
        <source>New name of the segment &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="345"/>
        <location filename="../ui/segments/segmentsdock.cpp" line="365"/>
        <source>A segment called &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="306"/>
        <location filename="../ui/segments/segmentsdock.cpp" line="362"/>
        <source>Duplicate segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="362"/>
        <source>Name of the copy of &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="321"/>
        <location filename="../ui/segments/segmentsdock.cpp" line="378"/>
        <source>Delete segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="379"/>
        <source>Delete the segment &quot;%1&quot; and its snapshots? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="397"/>
        <source>Taking a snapshot of &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::Selection</name>
    <message>
        <location filename="../model/selection/selection.cpp" line="112"/>
        <source>all customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/selection/selection.cpp" line="116"/>
        <source>the definition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/selection/selection.cpp" line="119"/>
        <source>the segment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/selection/selection.cpp" line="121"/>
        <source>no customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/selection/selection.cpp" line="121"/>
        <source>%n listed customer(s)</source>
        <translation>
            <numerusform>%n listed customer</numerusform>
            <numerusform>%n listed customers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/selection/selection.cpp" line="123"/>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/selection/selection.cpp" line="125"/>
        <source>%1 without %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/selection/selection.cpp" line="127"/>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::SelectionSql</name>
    <message>
        <location filename="../model/selection/selectionsql.cpp" line="94"/>
        <source>There is no segment called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::SharedColumnStores</name>
    <message>
        <location filename="../model/filter/sharedcolumnstores.cpp" line="52"/>
        <source>Cancelled while another job was loading the customers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::StoreKpis</name>
    <message>
        <location filename="../model/analytics/storekpis.cpp" line="142"/>
        <source>KPIs on &quot;%1&quot; (the column holds values of mixed types: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/storekpis.cpp" line="143"/>
        <source>not loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::StoreSelections</name>
    <message>
        <location filename="../model/selection/storeselections.cpp" line="38"/>
        <source>The workspace has no customers yet: import a customer file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/selection/storeselections.cpp" line="70"/>
        <source>Name at least one segment to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/selection/storeselections.cpp" line="77"/>
        <source>The overlap computation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::SweepChart</name>
    <message>
        <location filename="../ui/charts/sweepchart.cpp" line="24"/>
        <source>Choosing k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/sweepchart.cpp" line="68"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/sweepchart.cpp" line="73"/>
        <source>k = %1
Inertia: %2
Silhouette: %3
Calinski–Harabasz: %4
Davies–Bouldin: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/sweepchart.cpp" line="77"/>
        <location filename="../ui/charts/sweepchart.cpp" line="142"/>
        <source>Suggested k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/sweepchart.cpp" line="78"/>
        <source>Click to show these clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/sweepchart.cpp" line="123"/>
        <location filename="../ui/charts/sweepchart.cpp" line="171"/>
        <source>Inertia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/sweepchart.cpp" line="127"/>
        <location filename="../ui/charts/sweepchart.cpp" line="176"/>
        <source>Silhouette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/sweepchart.cpp" line="148"/>
        <source>Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/sweepchart.cpp" line="165"/>
        <source>Number of clusters (k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/sweepchart.cpp" line="171"/>
        <source>Inertia (thousands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/sweepchart.cpp" line="195"/>
        <source>Choosing k: %1 suggested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::TextValueEditor</name>
    <message>
        <location filename="../ui/filter/editors/simplevalueeditors.cpp" line="71"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::TrendCalculator</name>
    <message>
        <location filename="../model/analytics/trendcalculator.cpp" line="176"/>
        <location filename="../model/analytics/trendcalculator.cpp" line="376"/>
        <source>The trend was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/trendcalculator.cpp" line="198"/>
        <source>&quot;%1&quot; as of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/trendcalculator.cpp" line="215"/>
        <source>The customers or their orders are not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/trendcalculator.cpp" line="219"/>
        <source>The order lines were matched with other customers than the ones given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/trendcalculator.cpp" line="223"/>
        <source>A trend needs between 1 and %1 dates; %2 were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/trendcalculator.cpp" line="230"/>
        <source>The dates of a trend must be ascending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/trendcalculator.cpp" line="235"/>
        <source>The customers have no fields derived from orders. Import the orders again (swb import FILE --kind orders) to derive them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/trendcalculator.cpp" line="253"/>
        <source>The definition of &quot;%1&quot; is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/trendcalculator.cpp" line="260"/>
        <source>The trend of &quot;%1&quot; cannot be computed yet: its definition has order rules (@orders). Remove them from a copy of the segment to see its trend.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::TrendPanel</name>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="32"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="33"/>
        <source>Share of base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="34"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="35"/>
        <source>Revenue per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="36"/>
        <source>Average order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="37"/>
        <source>Purchase frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="38"/>
        <source>Median recency (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="39"/>
        <source>Churn rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="40"/>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="41"/>
        <source>CLV (historical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="82"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="83"/>
        <source>How far back the back-calculation goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="85"/>
        <source>Month ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="86"/>
        <source>Week ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="90"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="91"/>
        <source>Dashed: back-calculated from the order lines (other fields as today); dots: snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="100"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="225"/>
        <source>Reading the segments&apos; snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="247"/>
        <source>%1 (snapshots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="256"/>
        <source>%1, snapshot of %2: %3
%4 entered, %5 left since the snapshot before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="282"/>
        <source>%1, as of %2: %3 (back-calculated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="299"/>
        <source>%1 (back-calculated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="306"/>
        <source>Whole base (back-calculated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="334"/>
        <source>Back-calculating… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="336"/>
        <source>No back-calculation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="338"/>
        <source>Reading snapshots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="340"/>
        <source>The snapshots could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="346"/>
        <source>No snapshots yet: right-click a segment in the Segments panel → Take snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::TrendService</name>
    <message>
        <location filename="../model/analytics/trendservice.cpp" line="71"/>
        <source>The trend was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/trendservice.cpp" line="127"/>
        <source>Computing the trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/trendservice.cpp" line="157"/>
        <source>Back-calculated from the order lines: orders count, revenue, first and last purchase and average order value as of each date; relative dates count from it; a customer counts from the signup date or the first order. All other fields are taken as they are today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/trendservice.cpp" line="186"/>
        <source>Preparing the data for trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/trendservice.cpp" line="169"/>
        <location filename="../model/analytics/trendservice.cpp" line="203"/>
        <source>The workspace has no customers yet. Import a customers file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/trendservice.cpp" line="214"/>
        <source>There is no segment called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/trendservice.cpp" line="224"/>
        <source>No month or week ends between %1 and %2: choose a longer range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/trendservice.cpp" line="226"/>
        <source>Choose at least one month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/analytics/trendservice.cpp" line="230"/>
        <source>A trend has at most %1 points; choose a shorter range or monthly steps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ValueCharts</name>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="34"/>
        <location filename="../ui/value/valuecharts.cpp" line="96"/>
        <source>Later purchases by earlier purchases (x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="35"/>
        <source>Purchases per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="38"/>
        <source>Customers by predicted CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="39"/>
        <location filename="../ui/value/valuecharts.cpp" line="46"/>
        <location filename="../ui/value/valuecharts.cpp" line="114"/>
        <location filename="../ui/value/valuecharts.cpp" line="116"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="45"/>
        <source>Customers by probability of being active, P(alive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="50"/>
        <source>Repeat purchases after the calibration end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="51"/>
        <source>Repeat purchases (cumulative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="53"/>
        <source>Backtest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="54"/>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="55"/>
        <source>Predicted CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="56"/>
        <source>P(alive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="72"/>
        <source>≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="74"/>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="88"/>
        <location filename="../ui/value/valuecharts.cpp" line="100"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="89"/>
        <location filename="../ui/value/valuecharts.cpp" line="101"/>
        <source>Predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="91"/>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="98"/>
        <source>Purchases per customer in %1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="110"/>
        <source>Backtest: no orders after the calibration end. Choose an earlier calibration end to compare predictions with what happened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ValueEditor</name>
    <message>
        <location filename="../ui/filter/editors/valueeditor.cpp" line="123"/>
        <source> days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/editors/valueeditor.cpp" line="123"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ValueFormat</name>
    <message>
        <location filename="../ui/customers/valueformat.cpp" line="81"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers/valueformat.cpp" line="82"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ValuePage</name>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="54"/>
        <source>Fitted &amp;parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="76"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="96"/>
        <source>The models learn from the orders up to this day; later orders test their predictions. The saved predictions look ahead from this day: choose the as-of date to predict from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="103"/>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="104"/>
        <source>How far ahead the predicted CLV and expected purchases reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="110"/>
        <source>% a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="111"/>
        <source>Money later is worth less: the predicted CLV discounts each month at this rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="112"/>
        <source>&amp;Fit Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="114"/>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="115"/>
        <source>Fits the purchase and spend models on the orders (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="117"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="127"/>
        <source>Ca&amp;libration end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="129"/>
        <source>&amp;Horizon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="131"/>
        <source>&amp;Discount rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="144"/>
        <source>Suggested segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="151"/>
        <source>Save &amp;Top Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="153"/>
        <source>Stores the predictions as customer fields, then saves the customers with the highest predicted CLV as a static segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="158"/>
        <source>Top by predicted CLV:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="164"/>
        <source>P(alive) &lt; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="169"/>
        <source>top </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="170"/>
        <source>% by revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="171"/>
        <source>Save &amp;At-Risk Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="173"/>
        <source>Past high spenders (by historical revenue) who have probably stopped buying: a segment to win back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="178"/>
        <source>At risk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="225"/>
        <source>Fitting the models on the orders up to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="250"/>
        <source>The fit was cancelled; the results shown (if any) are from before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="269"/>
        <source>Cannot fit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="291"/>
        <source>%1 customers by %2, %3 of them bought again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="296"/>
        <source>Next %1 weeks: mean predicted CLV %2, mean P(alive) %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="307"/>
        <source>The predictions cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="329"/>
        <source>Top %1% by predicted CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="330"/>
        <source>At risk: P(alive) &lt; %1 among top %2% spenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="334"/>
        <source>Saving the predictions and a segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="348"/>
        <source>Save Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="362"/>
        <source>Saved the segment &quot;%1&quot; with %2 customers (predictions stored as p_alive, expected_purchases, expected_order_value and predicted_clv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valuesegmentcommand.cpp" line="8"/>
        <source>Save segment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ValueParameterModel</name>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="22"/>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="23"/>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="25"/>
        <source>converged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="25"/>
        <source>not converged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="33"/>
        <source>Shape of how purchase rates differ between customers: small r, very different rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="38"/>
        <source>Scale of the purchase rates: r/α is the mean purchases per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="43"/>
        <source>Drop-out: with b, how likely a customer stops after a purchase (mean a/(a+b))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="44"/>
        <source>Drop-out: larger b, customers stay longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="45"/>
        <location filename="../ui/value/valueparametermodel.cpp" line="59"/>
        <source>log-likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="45"/>
        <location filename="../ui/value/valueparametermodel.cpp" line="59"/>
        <source>How well the model fits (higher is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="46"/>
        <location filename="../ui/value/valueparametermodel.cpp" line="60"/>
        <source>fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/value/valueparametermodel.cpp" line="47"/>
        <source>%n iteration(s)</source>
        <translation>
            <numerusform>%n iteration</numerusform>
            <numerusform>%n iterations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="52"/>
        <source>Shape of the spend per purchase: larger p, a customer&apos;s purchases vary less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="53"/>
        <source>How spend levels differ between customers: small q, more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="58"/>
        <source>Scale of the spend levels: the mean spend per purchase is pγ/(q−1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/value/valueparametermodel.cpp" line="61"/>
        <source>%n repeat customer(s) with spend</source>
        <translation>
            <numerusform>%n repeat customer with spend</numerusform>
            <numerusform>%n repeat customers with spend</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="104"/>
        <source>BG/NBD (Fader, Hardie &amp; Lee 2005): how often customers buy and when they stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="106"/>
        <source>Gamma-Gamma (Fader &amp; Hardie): how much customers spend per purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="130"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="132"/>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="134"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="136"/>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ValueSuggestions</name>
    <message>
        <location filename="../ui/filter/editors/valuesuggestions.cpp" line="61"/>
        <source>Reading the values of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::ValueTypeText</name>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="110"/>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="112"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="115"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="117"/>
        <source>Yes/No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="119"/>
        <source>Saved segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="123"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="134"/>
        <source>is on</source>
        <extracomment>Operator label: the field equals the value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="134"/>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="136"/>
        <source>is not on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="136"/>
        <source>is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="138"/>
        <source>is before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="138"/>
        <source>is less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="140"/>
        <source>is after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="140"/>
        <source>is greater than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="142"/>
        <source>is on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="142"/>
        <source>is at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="144"/>
        <source>is on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="144"/>
        <source>is at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="146"/>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="148"/>
        <source>begins with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="150"/>
        <source>ends with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="152"/>
        <source>does not contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="154"/>
        <source>does not begin with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="156"/>
        <source>does not end with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="158"/>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="160"/>
        <source>is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="162"/>
        <source>is in any of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="162"/>
        <source>is one of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="164"/>
        <source>is in none of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="164"/>
        <source>is none of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="166"/>
        <source>is between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="168"/>
        <source>is not between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="170"/>
        <source>is in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="172"/>
        <source>is not in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="174"/>
        <source>is more than</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::Workspace</name>
    <message>
        <location filename="../model/workspace.cpp" line="59"/>
        <source>%1 is a folder, not a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="61"/>
        <source>The workspace %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="84"/>
        <source>%1 is not a workspace: it is not an SQLite database. Choose a .sqlite workspace file or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="77"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="52"/>
        <source>%1 is being written by another program, for example an import from the command line. Open it again when that has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="66"/>
        <source>%1 is read-only. Make the file writable (for example chmod u+w), or copy it to a folder of yours and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="70"/>
        <source>The folder %1 is read-only: Segment Workbench writes its journal files beside the workspace. Copy the workspace to a folder you can write to and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="88"/>
        <location filename="../model/workspace.cpp" line="96"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="104"/>
        <source>%1 is an SQLite database but not a Segment Workbench workspace. Import its data into a new workspace instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="108"/>
        <source>%1 is a Segment Workbench workspace whose schema version was reset to %2 by another program (PRAGMA user_version), so it cannot be opened safely. Restore it from a backup, or set the version back with the sqlite3 command line (PRAGMA user_version = %3 for a workspace made by this version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="114"/>
        <source>%1 was written by a newer version of Segment Workbench (schema %2; this version reads up to %3). Update Segment Workbench to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="121"/>
        <source>Cannot prepare %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="125"/>
        <source>Cannot upgrade %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::WorkspaceSession</name>
    <message>
        <location filename="../model/jobs/workspacesession.cpp" line="25"/>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/jobs/workspacesession.cpp" line="64"/>
        <source>Creating the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/jobs/workspacesession.cpp" line="70"/>
        <source>The demo workspace was not created: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::WorkspaceTasks</name>
    <message>
        <location filename="../model/jobs/workspacetasks.cpp" line="58"/>
        <source>Cannot store the as-of date in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::XlsxTableWriter</name>
    <message>
        <location filename="../model/export/xlsxtablewriter.cpp" line="115"/>
        <source>Cannot create the workbook %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/xlsxtablewriter.cpp" line="149"/>
        <source>Cannot add a worksheet to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/export/xlsxtablewriter.cpp" line="190"/>
        <source>Cannot write the workbook %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::gui::GuiOptionsParser</name>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="14"/>
        <source>Segment Workbench: build, compare and export customer segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="17"/>
        <source>Workspace file (.sqlite) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="18"/>
        <source>[WORKSPACE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="21"/>
        <source>Page to show: customers, builder, dashboard, rfm, clusters (with a finished run), value (customer value, with a finished fit), import (the import wizard on the demo customers file) or export (the export dialog).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="24"/>
        <source>PAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="26"/>
        <source>Write a PNG of the window (or dialog) once the page has loaded, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="28"/>
        <source>FILE.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="30"/>
        <source>Saved segment to open in the segment builder (shows the builder page); with --report, a segment to include (repeat for more; default: all saved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="32"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="33"/>
        <source>Interface language, e.g. de or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="33"/>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="35"/>
        <source>Write the review report of the workspace to this PDF file and exit, without a window (runs without a display).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="37"/>
        <source>FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="40"/>
        <source>With --report: the as-of date recency counts to and the trend ends at, as for swb kpis --as-of (default: the workspace&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="42"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="44"/>
        <source>With --report: months of trend before the as-of date (default 12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="44"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="68"/>
        <source>Give at most one workspace file; got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="89"/>
        <source>Unknown page &quot;%1&quot;: use customers, builder, dashboard, rfm, clusters, value, import or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="97"/>
        <source>--as-of and --months belong to --report: add --report FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="99"/>
        <source>--segment opens one segment in the builder; several are only taken with --report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="103"/>
        <source>--segment opens the segment builder: it cannot be combined with --page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="109"/>
        <source>--screenshot needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="122"/>
        <source>--report needs a file name ending in .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="124"/>
        <source>--report needs a workspace: give its file before --report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="127"/>
        <source>--report cannot be combined with --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="134"/>
        <source>--as-of takes a date as YYYY-MM-DD, e.g. 2024-06-30; got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="141"/>
        <source>--months takes a whole number from 1 to %1; got &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::gui::ReportRun</name>
    <message>
        <location filename="../app/gui/reportrun.cpp" line="49"/>
        <source>The workspace %1 does not exist. Give the path of a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/reportrun.cpp" line="65"/>
        <source>Making the review report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/reportrun.cpp" line="79"/>
        <source>The report was not made: its work ended without a result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::gui::Startup</name>
    <message>
        <location filename="../app/gui/startup.cpp" line="51"/>
        <source>--page export needs a workspace with customers: give its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/startup.cpp" line="56"/>
        <source>The page did not finish loading within %1 seconds; no screenshot was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/startup.cpp" line="82"/>
        <location filename="../app/gui/startup.cpp" line="222"/>
        <source>Cannot create a temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/startup.cpp" line="107"/>
        <source>This is a scratch workspace that is deleted when Segment Workbench closes. Open or create a workspace to keep what you import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/startup.cpp" line="231"/>
        <source>The import wizard could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/startup.cpp" line="241"/>
        <source>The workspace has no customers to export. Import some first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/startup.cpp" line="254"/>
        <source>The window closed before the screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/startup.cpp" line="257"/>
        <source>Cannot write the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>swb::schema</name>
    <message>
        <location filename="../model/schema.cpp" line="167"/>
        <source>Cannot migrate a workspace from schema %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schema.cpp" line="187"/>
        <source>Another program changed the workspace&apos;s schema to version %1 while it was being opened. Open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schema.cpp" line="201"/>
        <source>Migration to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
