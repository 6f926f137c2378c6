<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="43"/>
        <source>No translation for &quot;%1&quot;; showing English.</source>
        <translation>Keine Übersetzung für „%1“; die Oberfläche bleibt englisch.</translation>
    </message>
</context>
<context>
    <name>swb::AboutDialog</name>
    <message>
        <location filename="../ui/shell/aboutdialog.cpp" line="31"/>
        <source>Segment Workbench is built with these libraries:</source>
        <translation>Segment Workbench verwendet diese Bibliotheken:</translation>
    </message>
    <message>
        <location filename="../ui/shell/aboutdialog.cpp" line="31"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../ui/shell/aboutdialog.cpp" line="32"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/shell/aboutdialog.cpp" line="32"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../ui/shell/aboutdialog.cpp" line="40"/>
        <source>About Segment Workbench</source>
        <translation>Über Segment Workbench</translation>
    </message>
    <message>
        <location filename="../ui/shell/aboutdialog.cpp" line="41"/>
        <source>&lt;h3&gt;Segment Workbench %1&lt;/h3&gt;&lt;p&gt;Built on %2.&lt;/p&gt;&lt;p&gt;Turn a customer export into segments you can trust, compare and hand on. Everything runs on this computer: customer data never leaves it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Segment Workbench %1&lt;/h3&gt;&lt;p&gt;Erstellt am %2.&lt;/p&gt;&lt;p&gt;Machen Sie aus einem Kundenexport Segmente, denen Sie vertrauen, die Sie vergleichen und weitergeben können. Alles läuft auf diesem Rechner: Kundendaten verlassen ihn nie.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/shell/aboutdialog.cpp" line="53"/>
        <source>Libraries and licences</source>
        <translation>Bibliotheken und Lizenzen</translation>
    </message>
</context>
<context>
    <name>swb::BarChart</name>
    <message>
        <location filename="../ui/charts/barchart.cpp" line="145"/>
        <source>Reference line: %1 %2</source>
        <translation>Referenzlinie: %1 %2</translation>
    </message>
</context>
<context>
    <name>swb::BooleanValueEditor</name>
    <message>
        <location filename="../ui/filter/editors/simplevalueeditors.cpp" line="128"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
</context>
<context>
    <name>swb::ChartExport</name>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="28"/>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>Kann %1 nicht schreiben: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="125"/>
        <source>%1 has no known picture type: end the name with .png, .svg or .pdf.</source>
        <translation>%1 hat keinen bekannten Bildtyp: Beenden Sie den Namen mit .png, .svg oder .pdf.</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="146"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="154"/>
        <source>chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="156"/>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
</context>
<context>
    <name>swb::ChartPanel</name>
    <message>
        <location filename="../ui/charts/chartpanel.cpp" line="47"/>
        <source>&amp;Copy Chart</source>
        <translation>Diagramm &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpanel.cpp" line="48"/>
        <source>&amp;Save Chart As…</source>
        <translation>Diagramm &amp;speichern unter…</translation>
    </message>
</context>
<context>
    <name>swb::ClusterAnalysis</name>
    <message>
        <location filename="../model/analytics/clusterfeatures.cpp" line="33"/>
        <source>The workspace has no customers yet: import a customer file first.</source>
        <translation>Der Arbeitsbereich enthält noch keine Kunden: Importieren Sie zuerst eine Kundendatei.</translation>
    </message>
    <message>
        <location filename="../model/analytics/clusterfeatures.cpp" line="35"/>
        <location filename="../model/postgres/pgfeatures.cpp" line="25"/>
        <source>Choose at least one numeric field to cluster on.</source>
        <translation>Wählen Sie mindestens ein numerisches Feld für das Clustering.</translation>
    </message>
    <message>
        <location filename="../model/analytics/clusterfeatures.cpp" line="41"/>
        <location filename="../model/postgres/pgfeatures.cpp" line="33"/>
        <source>The customer table has no field &quot;%1&quot;.</source>
        <translation>Die Kundentabelle hat kein Feld „%1“.</translation>
    </message>
    <message>
        <location filename="../model/analytics/clusterfeatures.cpp" line="43"/>
        <location filename="../model/postgres/pgfeatures.cpp" line="37"/>
        <source>&quot;%1&quot; is a text field; clustering needs numbers or dates.</source>
        <translation>„%1“ ist ein Textfeld; das Clustering braucht Zahlen oder Datumswerte.</translation>
    </message>
    <message>
        <location filename="../model/analytics/clusteranalysis.cpp" line="225"/>
        <source>days since %1</source>
        <translation>Tage seit %1</translation>
    </message>
    <message>
        <location filename="../model/analytics/clusteranalysis.cpp" line="247"/>
        <location filename="../model/analytics/clusteranalysis.cpp" line="275"/>
        <location filename="../model/postgres/pgfeatures.cpp" line="70"/>
        <source>The clustering was cancelled.</source>
        <translation>Das Clustering wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../model/analytics/clusteranalysis.cpp" line="367"/>
        <source>Cluster %1 of %2 (run %3): %4</source>
        <translation>Cluster %1 von %2 (Durchlauf %3): %4</translation>
    </message>
</context>
<context>
    <name>swb::ClusterExplainer</name>
    <message>
        <location filename="../model/analytics/clusterexplainer.cpp" line="173"/>
        <source>The clustered rows, their clusters and the features do not fit together.</source>
        <translation>Die geclusterten Zeilen, ihre Cluster und die Merkmale passen nicht zusammen.</translation>
    </message>
    <message>
        <location filename="../model/analytics/clusterexplainer.cpp" line="188"/>
        <source>The customer table has no field &quot;%1&quot;.</source>
        <translation>Die Kundentabelle hat kein Feld „%1“.</translation>
    </message>
    <message>
        <location filename="../model/analytics/clusterexplainer.cpp" line="219"/>
        <source>The rule of cluster %1 is not a valid definition: %2</source>
        <translation>Die Regel von Cluster %1 ist keine gültige Definition: %2</translation>
    </message>
</context>
<context>
    <name>swb::ClusterFeatureModel</name>
    <message>
        <location filename="../ui/clusters/clusterfeaturemodel.cpp" line="93"/>
        <source>%1 (column %2), clustered as the days since the date</source>
        <translation>%1 (Spalte %2), geclustert als Tage seit dem Datum</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterfeaturemodel.cpp" line="94"/>
        <source>%1 (column %2)</source>
        <translation>%1 (Spalte %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clusters/clusterfeaturemodel.cpp" line="106"/>
        <source>%Ln customer(s) without a value: left out when this field is clustered on.</source>
        <translation>
            <numerusform>%Ln Kunde ohne Wert: bleibt außen vor, wenn nach diesem Feld geclustert wird.</numerusform>
            <numerusform>%Ln Kunden ohne Wert: bleiben außen vor, wenn nach diesem Feld geclustert wird.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterfeaturemodel.cpp" line="116"/>
        <source>suggested</source>
        <extracomment>Marks a field whose values are skewed, for which a log transform is suggested.</extracomment>
        <translation>empfohlen</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterfeaturemodel.cpp" line="119"/>
        <source>Skewed (skewness %1): a log transform keeps a few large values from dominating the clusters.</source>
        <translation>Schief verteilt (Schiefe %1): Eine Log-Transformation verhindert, dass wenige große Werte die Cluster bestimmen.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterfeaturemodel.cpp" line="121"/>
        <source>Skewness %1: a log transform is not needed.</source>
        <translation>Schiefe %1: Eine Log-Transformation ist nicht nötig.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterfeaturemodel.cpp" line="159"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterfeaturemodel.cpp" line="162"/>
        <source>Missing</source>
        <extracomment>Column of the feature picker: customers without a value in the field.</extracomment>
        <translation>Fehlend</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterfeaturemodel.cpp" line="165"/>
        <source>Log</source>
        <extracomment>Column of the feature picker: transform the field with log(1 + x) before scaling.</extracomment>
        <translation>Log</translation>
    </message>
</context>
<context>
    <name>swb::ClusterProfiler</name>
    <message>
        <location filename="../analysis/clusterprofile.cpp" line="16"/>
        <source>feature %1</source>
        <translation>Merkmal %1</translation>
    </message>
    <message>
        <location filename="../analysis/clusterprofile.cpp" line="18"/>
        <source>The labels do not match the rows.</source>
        <translation>Die Cluster-Nummern passen nicht zu den Zeilen.</translation>
    </message>
    <message>
        <location filename="../analysis/clusterprofile.cpp" line="23"/>
        <source>The label %1 is outside 0 to %2.</source>
        <translation>Die Cluster-Nummer %1 liegt nicht zwischen 0 und %2.</translation>
    </message>
    <message>
        <location filename="../analysis/clusterprofile.cpp" line="68"/>
        <source>high %1</source>
        <extracomment>Short cluster description term, e.g. &quot;high income&quot;; %1 is a field name.</extracomment>
        <translation>%1 hoch</translation>
    </message>
    <message>
        <location filename="../analysis/clusterprofile.cpp" line="70"/>
        <source>low %1</source>
        <translation>%1 niedrig</translation>
    </message>
    <message>
        <location filename="../analysis/clusterprofile.cpp" line="73"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../analysis/clusterprofile.cpp" line="76"/>
        <source>close to average</source>
        <extracomment>Label of a cluster whose means are all close to the whole base&apos;s.</extracomment>
        <translation>nahe am Durchschnitt</translation>
    </message>
    <message>
        <location filename="../analysis/clusterprofile.cpp" line="81"/>
        <source>%1, %2</source>
        <extracomment>Joins terms of a cluster label: &quot;high income, low recency&quot;.</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>swb::ClusterResults</name>
    <message>
        <location filename="../ui/clusters/clusterresults.cpp" line="31"/>
        <source>Customers on the two main directions</source>
        <translation>Kunden auf den zwei Hauptrichtungen</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterresults.cpp" line="33"/>
        <source>Cluster profiles: mean per field, coloured by z-score</source>
        <translation>Clusterprofile: Mittelwert je Feld, nach z-Wert eingefärbt</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterresults.cpp" line="43"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterresults.cpp" line="44"/>
        <source>Clusters as rules</source>
        <translation>Cluster als Regeln</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterresults.cpp" line="45"/>
        <source>Save Clusters as Segments</source>
        <translation>Cluster als Segmente speichern</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterresults.cpp" line="47"/>
        <source>One static segment per cluster, named after its label.</source>
        <translation>Ein statisches Segment je Cluster, benannt nach seiner Bezeichnung.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterresults.cpp" line="48"/>
        <source>Open Rule in Builder</source>
        <translation>Regel im Builder öffnen</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterresults.cpp" line="50"/>
        <source>Opens the chosen cluster&apos;s rule in the segment builder, where you can edit and save it.</source>
        <translation>Öffnet die Regel des gewählten Clusters im Segment-Builder, wo Sie sie bearbeiten und speichern können.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterresults.cpp" line="153"/>
        <source>PC1 (%1% of the variance)</source>
        <translation>PC1 (%1 % der Varianz)</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterresults.cpp" line="154"/>
        <source>PC2 (%1% of the variance)</source>
        <translation>PC2 (%1 % der Varianz)</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterresults.cpp" line="177"/>
        <source>%1: %2</source>
        <extracomment>A cluster&apos;s name in charts: its number and its label.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>swb::ClusterRuns</name>
    <message>
        <location filename="../model/analytics/clusterruns.cpp" line="148"/>
        <location filename="../model/analytics/clusterruns.cpp" line="170"/>
        <source>The clustering run %1 is no longer in the workspace.</source>
        <translation>Der Clustering-Lauf %1 ist nicht mehr im Arbeitsbereich.</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/analytics/clusterruns.cpp" line="194"/>
        <source>Give each of the %n cluster(s) a name.</source>
        <translation>
            <numerusform>Geben Sie dem %n Cluster einen Namen.</numerusform>
            <numerusform>Geben Sie jedem der %n Cluster einen Namen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/analytics/clusterruns.cpp" line="210"/>
        <source>Cluster %1 of %2 (clustering run %3)</source>
        <translation>Cluster %1 von %2 (Clustering-Lauf %3)</translation>
    </message>
    <message>
        <location filename="../model/analytics/clusterruns.cpp" line="211"/>
        <source>Cluster %1 of %2</source>
        <translation>Cluster %1 von %2</translation>
    </message>
</context>
<context>
    <name>swb::ClusterRunsModel</name>
    <message>
        <location filename="../ui/clusters/clusterrunsmodel.cpp" line="47"/>
        <source>Run %1: %2. Double-click to show it again.</source>
        <translation>Lauf %1: %2. Doppelklicken, um ihn wieder anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterrunsmodel.cpp" line="65"/>
        <source>%1 (of %2–%3)</source>
        <translation>%1 (von %2–%3)</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterrunsmodel.cpp" line="84"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterrunsmodel.cpp" line="86"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterrunsmodel.cpp" line="88"/>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterrunsmodel.cpp" line="90"/>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterrunsmodel.cpp" line="92"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterrunsmodel.cpp" line="94"/>
        <source>Silhouette</source>
        <translation>Silhouette</translation>
    </message>
</context>
<context>
    <name>swb::ClusterService</name>
    <message>
        <location filename="../model/analytics/clusterservice.cpp" line="20"/>
        <source>Clustering the customers</source>
        <translation>Kunden werden geclustert</translation>
    </message>
</context>
<context>
    <name>swb::ClusterSetup</name>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="35"/>
        <location filename="../ui/clusters/clustersetup.cpp" line="55"/>
        <source>Fields to cluster on</source>
        <translation>Felder für das Clustering</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="37"/>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="40"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="79"/>
        <source>z-score</source>
        <translation>z-Wert</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="80"/>
        <source>min–max</source>
        <translation>Min–Max</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="81"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="82"/>
        <source>How the fields are put on one scale before k-means compares distances.</source>
        <translation>Wie die Felder auf eine Skala gebracht werden, bevor k-Means Abstände vergleicht.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="83"/>
        <source>&amp;Scaling:</source>
        <translation>&amp;Skalierung:</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="85"/>
        <source>Try k from</source>
        <translation>k testen von</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="88"/>
        <source>k =</source>
        <translation>k =</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="104"/>
        <source>to</source>
        <extracomment>Between the two ends of the range of k: &quot;Try k from 2 to 8&quot;.</extracomment>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="111"/>
        <source>Clusters:</source>
        <translation>Cluster:</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="114"/>
        <source>k-means starts this many times from different seeds and keeps the tightest result.</source>
        <translation>k-Means startet so oft mit verschiedenen Startwerten und behält das kompakteste Ergebnis.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="115"/>
        <source>&amp;Restarts:</source>
        <translation>&amp;Neustarts:</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="117"/>
        <source>The same seed gives the same clusters again.</source>
        <translation>Derselbe Startwert ergibt wieder dieselben Cluster.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="118"/>
        <source>S&amp;eed:</source>
        <translation>St&amp;artwert:</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="123"/>
        <source>&amp;Within:</source>
        <translation>&amp;Innerhalb:</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="124"/>
        <source>Explain each cluster as a rule</source>
        <translation>Jeden Cluster als Regel erklären</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="136"/>
        <source>Cluster the customers on the chosen fields.</source>
        <translation>Die Kunden nach den gewählten Feldern clustern.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="136"/>
        <source>Tick at least one field first.</source>
        <translation>Wählen Sie zuerst mindestens ein Feld aus.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="173"/>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
</context>
<context>
    <name>swb::ClusterTableModel</name>
    <message>
        <location filename="../ui/clusters/clustertablemodel.cpp" line="71"/>
        <source>Not explained</source>
        <translation>Nicht erklärt</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustertablemodel.cpp" line="100"/>
        <source>Automatic label: %1. Double-click to rename the cluster.</source>
        <translation>Automatische Bezeichnung: %1. Doppelklicken, um den Cluster umzubenennen.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustertablemodel.cpp" line="102"/>
        <source>%1
Selects %2 of the clustered customers, %3 of them in this cluster (F1 %4).</source>
        <translation>%1
Wählt %2 der geclusterten Kunden aus, %3 davon in diesem Cluster (F1 %4).</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustertablemodel.cpp" line="156"/>
        <source>#</source>
        <extracomment>Column of the cluster table: the cluster&apos;s number.</extracomment>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustertablemodel.cpp" line="158"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustertablemodel.cpp" line="160"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustertablemodel.cpp" line="162"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustertablemodel.cpp" line="164"/>
        <source>As a rule</source>
        <translation>Als Regel</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustertablemodel.cpp" line="166"/>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustertablemodel.cpp" line="168"/>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
</context>
<context>
    <name>swb::ClustersPage</name>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="53"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="84"/>
        <source>Past runs (double-click to reopen)</source>
        <translation>Frühere Läufe (Doppelklick öffnet erneut)</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="173"/>
        <source>Reading the fields to cluster on</source>
        <translation>Felder für das Clustering werden gelesen</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="177"/>
        <source>Cannot read the fields: %1</source>
        <translation>Die Felder können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="194"/>
        <source>Reading past clustering runs</source>
        <translation>Frühere Clustering-Läufe werden gelesen</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="229"/>
        <source>The workspace has no numeric or date fields to cluster on.</source>
        <translation>Der Arbeitsbereich hat keine Zahlen- oder Datumsfelder zum Clustern.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="236"/>
        <source>Tick at least one field to cluster on.</source>
        <translation>Wählen Sie mindestens ein Feld für das Clustering aus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clusters/clusterspage.cpp" line="253"/>
        <source>Clustering into %n group(s)…</source>
        <translation>
            <numerusform>Clustern in %n Gruppe…</numerusform>
            <numerusform>Clustern in %n Gruppen…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="254"/>
        <source>Trying k from %1 to %2…</source>
        <translation>k von %1 bis %2 wird getestet…</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="281"/>
        <source>The clustering was cancelled.</source>
        <translation>Das Clustering wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="295"/>
        <source>Cannot cluster: %1</source>
        <translation>Clustern nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clusters/clusterspage.cpp" line="329"/>
        <source>%n cluster(s) of %1 customers; %2 left out for a missing value.</source>
        <translation>
            <numerusform>%n Cluster aus %1 Kunden; %2 wegen eines fehlenden Werts ausgelassen.</numerusform>
            <numerusform>%n Cluster aus %1 Kunden; %2 wegen eines fehlenden Werts ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="332"/>
        <source>Suggested k: %1.</source>
        <translation>Empfohlenes k: %1.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="348"/>
        <source>Reading the customers&apos; keys</source>
        <translation>Kundenschlüssel werden gelesen</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="366"/>
        <source>Recording the clustering run</source>
        <translation>Clustering-Lauf wird gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="376"/>
        <source>The run could not be recorded: %1</source>
        <translation>Der Lauf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="404"/>
        <source>Opening run %1…</source>
        <translation>Lauf %1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="406"/>
        <source>Reading a clustering run</source>
        <translation>Clustering-Lauf wird gelesen</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="413"/>
        <source>Cannot open run %1: it is no longer in the workspace.</source>
        <translation>Lauf %1 kann nicht geöffnet werden: Er ist nicht mehr im Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="435"/>
        <source>Keeping the cluster labels</source>
        <translation>Clusterbezeichnungen werden gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="443"/>
        <source>The labels could not be kept with the run: %1</source>
        <translation>Die Bezeichnungen konnten nicht beim Lauf gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="458"/>
        <source>Saving the clusters as segments</source>
        <translation>Cluster werden als Segmente gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="466"/>
        <source>Save Clusters as Segments</source>
        <translation>Cluster als Segmente speichern</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clusters/clusterspage.cpp" line="474"/>
        <source>Saved %n segment(s): %1.</source>
        <translation>
            <numerusform>%n Segment gespeichert: %1.</numerusform>
            <numerusform>%n Segmente gespeichert: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="484"/>
        <source>This cluster has no rule: run the clustering with &quot;Explain each cluster as a rule&quot;.</source>
        <translation>Dieser Cluster hat keine Regel: Starten Sie das Clustering mit „Jeden Cluster als Regel erklären“.</translation>
    </message>
</context>
<context>
    <name>swb::ClvCheck</name>
    <message>
        <location filename="../analysis/clvcheck.cpp" line="10"/>
        <source>Only %1 customers bought by the calibration end; predictions need at least %2. Import more orders or choose a later calibration end.</source>
        <translation>Nur %1 Kunden haben bis zum Kalibrierungsende gekauft; Vorhersagen brauchen mindestens %2. Importieren Sie mehr Bestellungen oder wählen Sie ein späteres Kalibrierungsende.</translation>
    </message>
    <message>
        <location filename="../analysis/clvcheck.cpp" line="16"/>
        <source>Only %1 customers bought again by the calibration end; the models need at least %2 repeat customers. Import a longer order history or choose a later calibration end.</source>
        <translation>Nur %1 Kunden haben bis zum Kalibrierungsende erneut gekauft; die Modelle brauchen mindestens %2 Wiederkäufer. Importieren Sie eine längere Bestellhistorie oder wählen Sie ein späteres Kalibrierungsende.</translation>
    </message>
    <message>
        <location filename="../analysis/clvcheck.cpp" line="22"/>
        <source>The orders before the calibration end cover %1 weeks; the models need at least %2. Import a longer order history or choose a later calibration end.</source>
        <translation>Die Bestellungen vor dem Kalibrierungsende umfassen %1 Wochen; die Modelle brauchen mindestens %2. Importieren Sie eine längere Bestellhistorie oder wählen Sie ein späteres Kalibrierungsende.</translation>
    </message>
    <message>
        <location filename="../analysis/clvcheck.cpp" line="46"/>
        <source>The purchase model (BG/NBD) did not converge after %1 iterations; its numbers are not reliable. Try a different calibration end or more orders.</source>
        <translation>Das Kaufmodell (BG/NBD) ist nach %1 Iterationen nicht konvergiert; seine Zahlen sind nicht verlässlich. Versuchen Sie ein anderes Kalibrierungsende oder mehr Bestellungen.</translation>
    </message>
    <message>
        <location filename="../analysis/clvcheck.cpp" line="52"/>
        <source>The purchase model (BG/NBD) ran to a limit (%1): the orders do not determine it. Use a longer history or more customers.</source>
        <translation>Das Kaufmodell (BG/NBD) ist an eine Grenze gelaufen (%1): die Bestellungen bestimmen es nicht. Verwenden Sie eine längere Historie oder mehr Kunden.</translation>
    </message>
    <message>
        <location filename="../analysis/clvcheck.cpp" line="56"/>
        <source>The spend model (Gamma-Gamma) did not converge after %1 iterations; its numbers are not reliable. Try more repeat customers.</source>
        <translation>Das Ausgabenmodell (Gamma-Gamma) ist nach %1 Iterationen nicht konvergiert; seine Zahlen sind nicht verlässlich. Versuchen Sie es mit mehr Wiederkäufern.</translation>
    </message>
    <message>
        <location filename="../analysis/clvcheck.cpp" line="62"/>
        <source>The spend model (Gamma-Gamma) ran to a limit (%1): the customers&apos; average spends differ no more than chance would make them, so it cannot tell big from small spenders.</source>
        <translation>Das Ausgabenmodell (Gamma-Gamma) ist an eine Grenze gelaufen (%1): die durchschnittlichen Ausgaben der Kunden unterscheiden sich nicht mehr als durch Zufall, daher kann es große nicht von kleinen Käufern unterscheiden.</translation>
    </message>
    <message>
        <location filename="../analysis/clvcheck.cpp" line="66"/>
        <source>The spend model (Gamma-Gamma) gives q = %1 &lt;= 1, so the expected spend is not defined. Use more repeat customers.</source>
        <translation>Das Ausgabenmodell (Gamma-Gamma) ergibt q = %1 &lt;= 1, daher ist die erwartete Ausgabe nicht definiert. Verwenden Sie mehr Wiederkäufer.</translation>
    </message>
</context>
<context>
    <name>swb::ClvInputLoader</name>
    <message>
        <location filename="../model/analytics/clvinput.cpp" line="96"/>
        <source>Predicted customer value needs order lines with a customer key, an order date and an amount: %1</source>
        <translation>Der vorhergesagte Kundenwert braucht Bestellzeilen mit Kundenschlüssel, Bestelldatum und Betrag: %1</translation>
    </message>
    <message>
        <location filename="../model/analytics/clvinput.cpp" line="144"/>
        <source>The fit was canceled.</source>
        <translation>Die Anpassung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>swb::ClvSave</name>
    <message>
        <location filename="../model/analytics/clvsave.cpp" line="48"/>
        <source>The predictions were not saved: the models could not be used (see the message above).</source>
        <translation>Die Vorhersagen wurden nicht gespeichert: Die Modelle konnten nicht verwendet werden (siehe die Meldung oben).</translation>
    </message>
    <message>
        <location filename="../model/analytics/clvsave.cpp" line="62"/>
        <source>The customers changed while the models were fitted; run the command again to save.</source>
        <translation>Die Kunden haben sich geändert, während die Modelle angepasst wurden; führen Sie den Befehl erneut aus, um zu speichern.</translation>
    </message>
</context>
<context>
    <name>swb::ClvService</name>
    <message>
        <location filename="../model/analytics/clvservice.cpp" line="42"/>
        <source>No customer has a value of %1.</source>
        <translation>Kein Kunde hat einen Wert für %1.</translation>
    </message>
    <message>
        <location filename="../model/analytics/clvservice.cpp" line="93"/>
        <source>Fitting the customer-value models</source>
        <translation>Kundenwertmodelle werden geschätzt</translation>
    </message>
    <message>
        <location filename="../model/analytics/clvservice.cpp" line="230"/>
        <source>The customers have no field of role revenue to find past high spenders by: give one that role in Fields.</source>
        <translation>Die Kunden haben kein Feld mit der Rolle Umsatz, an dem sich bisherige Vielkäufer erkennen lassen: geben Sie einem Feld diese Rolle unter Felder.</translation>
    </message>
</context>
<context>
    <name>swb::ColumnStore</name>
    <message>
        <location filename="../model/filter/partcolumn.cpp" line="39"/>
        <location filename="../model/filter/partcolumn.h" line="83"/>
        <source>whole numbers beyond 2^53 are mixed with decimals</source>
        <translation>Ganzzahlen jenseits von 2^53 sind mit Dezimalzahlen gemischt</translation>
    </message>
    <message>
        <location filename="../model/filter/partcolumn.h" line="72"/>
        <location filename="../model/filter/partcolumn.h" line="87"/>
        <source>a number column holds text or binary values</source>
        <translation>eine Zahlenspalte enthält Text oder Binärwerte</translation>
    </message>
    <message>
        <location filename="../model/filter/partcolumn.h" line="111"/>
        <source>a text column holds numbers or binary values</source>
        <translation>eine Textspalte enthält Zahlen oder Binärwerte</translation>
    </message>
    <message>
        <location filename="../model/filter/columnstoreloader.cpp" line="220"/>
        <source>Cannot read the customers: %1</source>
        <translation>Die Kunden können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../model/filter/columnstoreloader.cpp" line="221"/>
        <source>Cannot read the table %1: %2</source>
        <translation>Die Tabelle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../model/filter/columnstoreloader.cpp" line="225"/>
        <source>The %1 table has columns named rowid, _rowid_ and oid, so its rows cannot be told apart. Rename one of these columns.</source>
        <translation>Die Tabelle %1 hat Spalten namens rowid, _rowid_ und oid, daher lassen sich ihre Zeilen nicht unterscheiden. Benennen Sie eine dieser Spalten um.</translation>
    </message>
    <message>
        <location filename="../model/filter/columnstoreloader.cpp" line="310"/>
        <location filename="../model/filter/columnstoreloader.cpp" line="343"/>
        <source>Loading was canceled.</source>
        <translation>Das Laden wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>swb::ColumnStoreCache</name>
    <message>
        <location filename="../model/filter/columnstorecache.cpp" line="234"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>swb::ColumnStoreFile</name>
    <message>
        <location filename="../model/filter/columnstorefile.cpp" line="76"/>
        <location filename="../model/filter/columnstorefile.cpp" line="115"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../model/filter/columnstorefile.cpp" line="96"/>
        <source>Cancelled: no copy was kept.</source>
        <translation>Abgebrochen: Es wurde keine Kopie behalten.</translation>
    </message>
    <message>
        <location filename="../model/filter/columnstorefile.cpp" line="146"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../model/filter/columnstorefile.cpp" line="147"/>
        <source>%1 is not a complete column store of this workspace.</source>
        <translation>%1 ist kein vollständiger Spaltenspeicher dieses Arbeitsbereichs.</translation>
    </message>
    <message>
        <location filename="../model/filter/columnstorefile.cpp" line="153"/>
        <source>%1 holds an older state of the customers.</source>
        <translation>%1 enthält einen älteren Stand der Kunden.</translation>
    </message>
</context>
<context>
    <name>swb::CountBenchmark</name>
    <message>
        <location filename="../model/filter/countbenchmark.cpp" line="61"/>
        <source>The workspace %1 has no customers yet. Import a customers file first.</source>
        <translation>Der Arbeitsbereich %1 enthält noch keine Kunden. Importieren Sie zuerst eine Kundendatei.</translation>
    </message>
</context>
<context>
    <name>swb::CountPanel</name>
    <message numerus="yes">
        <location filename="../ui/filter/countpanel.cpp" line="22"/>
        <location filename="../ui/filter/countpanel.cpp" line="66"/>
        <source>customers</source>
        <translation>
            <numerusform>Kunde</numerusform>
            <numerusform>Kunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/filter/countpanel.cpp" line="39"/>
        <source>Segment size</source>
        <translation>Segmentgröße</translation>
    </message>
    <message>
        <location filename="../ui/filter/countpanel.cpp" line="40"/>
        <source>Customers in the segment</source>
        <translation>Kunden im Segment</translation>
    </message>
    <message>
        <location filename="../ui/filter/countpanel.cpp" line="48"/>
        <source>No count. %1</source>
        <translation>Keine Anzahl. %1</translation>
    </message>
    <message>
        <location filename="../ui/filter/countpanel.cpp" line="48"/>
        <source>%1 %2. %3</source>
        <translation>%1 %2. %3</translation>
    </message>
    <message>
        <location filename="../ui/filter/countpanel.cpp" line="56"/>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <location filename="../ui/filter/countpanel.cpp" line="68"/>
        <source>%1% of %2 customers</source>
        <translation>%1&#xa0;% von %2 Kunden</translation>
    </message>
</context>
<context>
    <name>swb::CountService</name>
    <message>
        <location filename="../model/filter/countservice.cpp" line="80"/>
        <source>Loading %1 for counting</source>
        <translation>%1 wird zum Zählen geladen</translation>
    </message>
    <message>
        <location filename="../model/filter/countservice.cpp" line="123"/>
        <source>The workspace could not be loaded for counting.</source>
        <translation>Der Arbeitsbereich konnte zum Zählen nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../model/filter/countservice.cpp" line="124"/>
        <source>No workspace is open for counting.</source>
        <translation>Zum Zählen ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <location filename="../model/filter/countservice.cpp" line="145"/>
        <source>Keeping a copy of %1 for faster opening</source>
        <translation>Kopie von %1 für schnelleres Öffnen wird gespeichert</translation>
    </message>
    <message>
        <location filename="../model/filter/countservice.cpp" line="156"/>
        <source>Counting the customers of the definition</source>
        <translation>Kunden der Definition werden gezählt</translation>
    </message>
    <message>
        <location filename="../model/filter/countservice.cpp" line="172"/>
        <location filename="../model/filter/countservice.cpp" line="219"/>
        <source>The count was cancelled.</source>
        <translation>Das Zählen wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../model/filter/countservice.cpp" line="284"/>
        <source>The workspace has no customers yet. Import a customers file first.</source>
        <translation>Der Arbeitsbereich enthält noch keine Kunden. Importieren Sie zuerst eine Kundendatei.</translation>
    </message>
</context>
<context>
    <name>swb::CsvReader</name>
    <message>
        <location filename="../model/import/csvreader.cpp" line="51"/>
        <location filename="../model/import/csvreader.cpp" line="65"/>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../model/import/csvreader.cpp" line="233"/>
        <source>The record starting on line %1 has more than %2 fields.</source>
        <translation>Der Datensatz ab Zeile %1 hat mehr als %2 Felder.</translation>
    </message>
    <message>
        <location filename="../model/import/csvreader.cpp" line="242"/>
        <source>Line %1 has no line end in its first %2 MB, so the file cannot be split into records. Check that it is a CSV file.</source>
        <translation>Zeile %1 hat in ihren ersten %2 MB kein Zeilenende, daher lässt sich die Datei nicht in Datensätze aufteilen. Prüfen Sie, ob es eine CSV-Datei ist.</translation>
    </message>
    <message>
        <location filename="../model/import/csvreader.cpp" line="245"/>
        <source>The record starting on line %1 is longer than %2 MB: a quote is probably not closed. Check the quotes in that line, or choose another delimiter.</source>
        <translation>Der Datensatz ab Zeile %1 ist länger als %2 MB: Wahrscheinlich ist ein Anführungszeichen nicht geschlossen. Prüfen Sie die Anführungszeichen in dieser Zeile oder wählen Sie ein anderes Trennzeichen.</translation>
    </message>
</context>
<context>
    <name>swb::CustomerDataSource</name>
    <message>
        <location filename="../model/browse/customerdatasource.cpp" line="73"/>
        <source>Counting the customers</source>
        <translation>Kunden werden gezählt</translation>
    </message>
    <message>
        <location filename="../model/browse/customerdatasource.cpp" line="89"/>
        <location filename="../model/browse/customerdatasource.cpp" line="134"/>
        <source>Reading customers</source>
        <translation>Kunden werden gelesen</translation>
    </message>
    <message>
        <location filename="../model/browse/customerdatasource.cpp" line="100"/>
        <source>Sorting customers</source>
        <translation>Kunden werden sortiert</translation>
    </message>
    <message>
        <location filename="../model/browse/customerdatasource.cpp" line="190"/>
        <source>Reading the customers was cancelled.</source>
        <translation>Das Lesen der Kunden wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>swb::CustomerQuery</name>
    <message>
        <location filename="../model/browse/customerquery.cpp" line="50"/>
        <source>Cannot read the customers: %1</source>
        <translation>Die Kunden können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>swb::CustomerTableModel</name>
    <message>
        <location filename="../ui/customers/customertablemodel.cpp" line="240"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/customers/customertablemodel.cpp" line="253"/>
        <source>No value</source>
        <translation>Kein Wert</translation>
    </message>
    <message>
        <location filename="../ui/customers/customertablemodel.cpp" line="289"/>
        <source>Column %1 (%2)</source>
        <translation>Spalte %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/customers/customertablemodel.cpp" line="290"/>
        <source>Column %1 (%2, role: %3)</source>
        <translation>Spalte %1 (%2, Rolle: %3)</translation>
    </message>
</context>
<context>
    <name>swb::CustomersPage</name>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="41"/>
        <source>Welcome to Segment Workbench</source>
        <translation>Willkommen bei Segment Workbench</translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="48"/>
        <source>Create Demo Workspace</source>
        <translation>Demo-Arbeitsbereich anlegen</translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="50"/>
        <source>Open Workspace…</source>
        <translation>Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="58"/>
        <source>This workspace has no customers yet</source>
        <translation>Dieser Arbeitsbereich enthält noch keine Kunden</translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="59"/>
        <source>Import a customer export (CSV, TSV or TXT) from your shop or CRM. You can also drop the file onto this window.</source>
        <translation>Importieren Sie einen Kundenexport (CSV, TSV oder TXT) aus Ihrem Shop oder CRM. Sie können die Datei auch auf dieses Fenster ziehen.</translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="46"/>
        <location filename="../ui/customers/customerspage.cpp" line="61"/>
        <source>Import Customers…</source>
        <translation>Kunden importieren…</translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="42"/>
        <source>A workspace is one file that holds your customers, segments and analyses. Import your customer export (CSV) into a new one, create the demo workspace to explore with realistic sample data, or open a workspace of your own. You can also drop a CSV file onto this window.</source>
        <translation>Ein Arbeitsbereich ist eine Datei mit Ihren Kunden, Segmenten und Analysen. Importieren Sie Ihren Kundenexport (CSV) in einen neuen, legen Sie den Demo-Arbeitsbereich an, um mit realistischen Beispieldaten loszulegen, oder öffnen Sie einen eigenen Arbeitsbereich. Sie können eine CSV-Datei auch auf dieses Fenster ziehen.</translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="52"/>
        <source>Connect to Server…</source>
        <translation>Mit Server verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="68"/>
        <source>Customers on a PostgreSQL server</source>
        <translation>Kunden auf einem PostgreSQL-Server</translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="69"/>
        <source>The customer table works on workspace files so far. On this server, build and count segments in the Segment Builder, compare them on the Dashboard and export them with File → Export….</source>
        <translation>Die Kundentabelle funktioniert bisher mit Arbeitsbereichsdateien. Auf diesem Server erstellen und zählen Sie Segmente im Segment-Editor, vergleichen sie in der Übersicht und exportieren sie mit Datei → Exportieren….</translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="88"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="89"/>
        <source>Choose the columns to show</source>
        <translation>Angezeigte Spalten auswählen</translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="94"/>
        <source>Show All Customers</source>
        <translation>Alle Kunden zeigen</translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="95"/>
        <source>Show every customer of the workspace again</source>
        <translation>Wieder alle Kunden des Arbeitsbereichs zeigen</translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="134"/>
        <source>Cannot read the customers: %1</source>
        <translation>Die Kunden können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="183"/>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="185"/>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/customerspage.cpp" line="185"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="201"/>
        <source>Show All Columns</source>
        <translation>Alle Spalten zeigen</translation>
    </message>
</context>
<context>
    <name>swb::DashboardCharts</name>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="55"/>
        <source>Segment sizes</source>
        <translation>Segmentgrößen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="57"/>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="144"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="61"/>
        <source>Who brings the money</source>
        <translation>Wer bringt den Umsatz</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="64"/>
        <source>Share of all (%)</source>
        <translation>Anteil an allen (%)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="66"/>
        <source>Overlaps (customers in both; % of the row&apos;s segment)</source>
        <translation>Überschneidungen (Kunden in beiden; % des Zeilensegments)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="74"/>
        <source>&amp;KPI:</source>
        <translation>&amp;Kennzahl:</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="148"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="150"/>
        <source>%1&lt;br&gt;%2% of all</source>
        <extracomment>A bar&apos;s label in the segment sizes chart: the segment&apos;s name, then (second line) its share of all customers.</extracomment>
        <translation>%1&lt;br&gt;%2&#xa0;% von allen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="162"/>
        <source>%1 per segment</source>
        <translation>%1 je Segment</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="172"/>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="179"/>
        <source>Share of customers</source>
        <translation>Kundenanteil</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="180"/>
        <source>Share of revenue</source>
        <translation>Umsatzanteil</translation>
    </message>
</context>
<context>
    <name>swb::DashboardExport</name>
    <message>
        <location filename="../ui/dashboard/dashboardexport.cpp" line="112"/>
        <source>No chart is chosen. Click the chart to export on the Dashboard first.</source>
        <translation>Kein Diagramm gewählt. Klicken Sie zuerst in der Übersicht auf das Diagramm, das Sie exportieren möchten.</translation>
    </message>
</context>
<context>
    <name>swb::DashboardPage</name>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="63"/>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="64"/>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="65"/>
        <source>Trend</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="123"/>
        <source>Copy as TSV</source>
        <translation>Als TSV kopieren</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="138"/>
        <source>KPI table</source>
        <translation>Kennzahlentabelle</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="139"/>
        <source>Save Table As…</source>
        <translation>Tabelle &amp;speichern unter…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="148"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="150"/>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="169"/>
        <source>Click an overlap cell to save or open the customers in both segments.</source>
        <translation>Klicken Sie auf eine Zelle der Überschneidungen, um die Kunden beider Segmente zu speichern oder zu öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="255"/>
        <source>Open a workspace to review its segments.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seine Segmente zu prüfen.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="261"/>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="297"/>
        <source>Computing…</source>
        <translation>Wird berechnet …</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="288"/>
        <source>Cannot compute the dashboard: %1</source>
        <translation>Die Übersicht kann nicht berechnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="301"/>
        <source>The charts show the first %1 of %2 chosen segments.</source>
        <translation>Die Diagramme zeigen die ersten %1 von %2 gewählten Segmenten.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="332"/>
        <source>Save Intersection as Segment…</source>
        <translation>Schnittmenge als Segment speichern …</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="335"/>
        <source>Open in Segment Builder</source>
        <translation>Im Segment-Editor öffnen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="352"/>
        <source>A segment named &quot;%1&quot; exists already.</source>
        <translation>Ein Segment namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="355"/>
        <source>%1 and %2</source>
        <extracomment>The suggested name of a segment of the customers in both segments %1 and %2.</extracomment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="357"/>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="369"/>
        <source>Save Intersection</source>
        <translation>Schnittmenge speichern</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="357"/>
        <source>Name of the new segment of the customers in both &quot;%1&quot; and &quot;%2&quot;:</source>
        <translation>Name des neuen Segments mit den Kunden, die in „%1“ und in „%2“ sind:</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="365"/>
        <source>Saved the segment &quot;%1&quot;.</source>
        <translation>Segment „%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>swb::Database</name>
    <message>
        <location filename="../model/database.cpp" line="18"/>
        <source>The workspace is being written by another program, for example an import. Try again when that has finished.</source>
        <translation>Ein anderes Programm schreibt gerade in den Arbeitsbereich, zum Beispiel ein Import. Versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
</context>
<context>
    <name>swb::DateValueEditor</name>
    <message>
        <location filename="../ui/filter/editors/datevalueeditor.cpp" line="26"/>
        <source>Type a date as 2024-03-31 (or as this computer writes dates), or pick one from the calendar.</source>
        <translation>Geben Sie ein Datum wie 2024-03-31 (oder wie dieser Computer Daten schreibt) ein oder wählen Sie es im Kalender.</translation>
    </message>
    <message>
        <location filename="../ui/filter/editors/datevalueeditor.cpp" line="40"/>
        <source>Pick a date</source>
        <translation>Datum wählen</translation>
    </message>
</context>
<context>
    <name>swb::DefinitionPreview</name>
    <message>
        <location filename="../ui/filter/definitionpreview.cpp" line="55"/>
        <source>In words</source>
        <extracomment>Tab: the definition described in plain language</extracomment>
        <translation>In Worten</translation>
    </message>
    <message>
        <location filename="../ui/filter/definitionpreview.cpp" line="56"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location filename="../ui/filter/definitionpreview.cpp" line="57"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/filter/definitionpreview.cpp" line="58"/>
        <source>The condition the workspace runs (values are bound, shown after the query).</source>
        <translation>Die Bedingung, die der Arbeitsbereich ausführt (die Werte werden gebunden und nach der Abfrage gezeigt).</translation>
    </message>
    <message>
        <location filename="../ui/filter/definitionpreview.cpp" line="59"/>
        <source>The definition as it is saved; the same text works with swb count --filter.</source>
        <translation>Die Definition, wie sie gespeichert wird; derselbe Text funktioniert mit swb count --filter.</translation>
    </message>
</context>
<context>
    <name>swb::DemoGenerator</name>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="302"/>
        <source>The demo needs at least one customer.</source>
        <translation>Die Demo braucht mindestens einen Kunden.</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="304"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="312"/>
        <location filename="../model/demo/demogenerator.cpp" line="314"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="339"/>
        <source>The demo data generation was cancelled.</source>
        <translation>Das Erzeugen der Demodaten wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="410"/>
        <source>Cannot write the demo data into %1: %2</source>
        <translation>Die Demodaten können nicht in %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>swb::DemoSegments</name>
    <message>
        <location filename="../model/demo/demosegments.cpp" line="20"/>
        <source>DACH win-back</source>
        <translation>DACH-Rückgewinnung</translation>
    </message>
    <message>
        <location filename="../model/demo/demosegments.cpp" line="21"/>
        <source>Valuable newsletter readers in Germany, Austria and Switzerland who have not bought for 90 days.</source>
        <translation>Wertvolle Newsletter-Abonnenten in Deutschland, Österreich und der Schweiz, die seit 90 Tagen nichts gekauft haben.</translation>
    </message>
    <message>
        <location filename="../model/demo/demosegments.cpp" line="32"/>
        <source>Loyal gold and platinum</source>
        <translation>Treue Gold- und Platinkunden</translation>
    </message>
    <message>
        <location filename="../model/demo/demosegments.cpp" line="33"/>
        <source>Top loyalty tiers who bought in the last 180 days and have not churned.</source>
        <translation>Kunden der höchsten Treuestufen, die in den letzten 180 Tagen gekauft haben und nicht abgewandert sind.</translation>
    </message>
    <message>
        <location filename="../model/demo/demosegments.cpp" line="39"/>
        <source>New one-time buyers</source>
        <translation>Neue Einmalkäufer</translation>
    </message>
    <message>
        <location filename="../model/demo/demosegments.cpp" line="40"/>
        <source>Customers whose only order is from the last 365 days.</source>
        <translation>Kunden, deren einzige Bestellung aus den letzten 365 Tagen stammt.</translation>
    </message>
</context>
<context>
    <name>swb::DemoWorkspace</name>
    <message>
        <location filename="../model/jobs/demoworkspace.cpp" line="36"/>
        <source>The demo workspace was not created: cancelled.</source>
        <translation>Der Demo-Arbeitsbereich wurde nicht angelegt: abgebrochen.</translation>
    </message>
    <message>
        <location filename="../model/jobs/demoworkspace.cpp" line="44"/>
        <source>Cannot create a temporary folder for the demo data: %1</source>
        <translation>Für die Demodaten kann kein temporärer Ordner angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>swb::DerivedField</name>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="32"/>
        <source>RFM recency score</source>
        <translation>RFM-Aktualitätswert</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="33"/>
        <source>RFM frequency score</source>
        <translation>RFM-Häufigkeitswert</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="34"/>
        <source>RFM monetary score</source>
        <translation>RFM-Umsatzwert</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="35"/>
        <source>RFM group</source>
        <translation>RFM-Gruppe</translation>
    </message>
    <message>
        <location filename="../model/import/ordersaggregator.cpp" line="30"/>
        <source>Orders count</source>
        <translation>Anzahl Bestellungen</translation>
    </message>
    <message>
        <location filename="../model/import/ordersaggregator.cpp" line="32"/>
        <source>Total revenue</source>
        <translation>Umsatz gesamt</translation>
    </message>
    <message>
        <location filename="../model/import/ordersaggregator.cpp" line="34"/>
        <source>First purchase date</source>
        <translation>Erster Kauf</translation>
    </message>
    <message>
        <location filename="../model/import/ordersaggregator.cpp" line="36"/>
        <source>Last purchase date</source>
        <translation>Letzter Kauf</translation>
    </message>
    <message>
        <location filename="../model/import/ordersaggregator.cpp" line="38"/>
        <source>Average order value</source>
        <translation>Durchschnittlicher Bestellwert</translation>
    </message>
    <message>
        <location filename="../model/analytics/clvsave.cpp" line="17"/>
        <source>P(alive)</source>
        <translation>P(aktiv)</translation>
    </message>
    <message>
        <location filename="../model/analytics/clvsave.cpp" line="18"/>
        <source>Expected purchases</source>
        <translation>Erwartete Käufe</translation>
    </message>
    <message>
        <location filename="../model/analytics/clvsave.cpp" line="19"/>
        <source>Expected order value</source>
        <translation>Erwarteter Bestellwert</translation>
    </message>
    <message>
        <location filename="../model/analytics/clvsave.cpp" line="20"/>
        <source>Predicted CLV</source>
        <translation>Vorhergesagter CLV</translation>
    </message>
</context>
<context>
    <name>swb::DerivedFields</name>
    <message>
        <location filename="../model/analytics/derivedfields.cpp" line="17"/>
        <source>The customers have an imported column %1; rename it in the file and import again before the analysis stores its results under that name.</source>
        <translation>Die Kunden haben eine importierte Spalte %1; benennen Sie sie in der Datei um und importieren Sie erneut, bevor die Analyse ihre Ergebnisse unter diesem Namen speichert.</translation>
    </message>
</context>
<context>
    <name>swb::DerivedFieldsEditor</name>
    <message>
        <location filename="../ui/import/derivedfieldseditor.cpp" line="15"/>
        <source>Customer fields from the orders</source>
        <translation>Kundenfelder aus den Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/import/derivedfieldseditor.cpp" line="19"/>
        <source>&amp;Add Field</source>
        <translation>Feld &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/import/derivedfieldseditor.cpp" line="20"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/import/derivedfieldseditor.cpp" line="29"/>
        <source>Value of the latest order</source>
        <translation>Wert der letzten Bestellung</translation>
    </message>
    <message>
        <location filename="../ui/import/derivedfieldseditor.cpp" line="30"/>
        <source>Value of the first order</source>
        <translation>Wert der ersten Bestellung</translation>
    </message>
    <message>
        <location filename="../ui/import/derivedfieldseditor.cpp" line="31"/>
        <source>Value on most orders</source>
        <translation>Häufigster Wert der Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/import/derivedfieldseditor.cpp" line="32"/>
        <source>Number of distinct values</source>
        <translation>Anzahl verschiedener Werte</translation>
    </message>
    <message>
        <location filename="../ui/import/derivedfieldseditor.cpp" line="33"/>
        <source>Name of the customer field</source>
        <translation>Name des Kundenfelds</translation>
    </message>
    <message>
        <location filename="../ui/import/derivedfieldseditor.cpp" line="37"/>
        <source>An order column such as Country can become a customer field that segments use like any other; it is refreshed at every orders import.</source>
        <translation>Eine Bestellspalte wie Land kann zu einem Kundenfeld werden, das Segmente wie jedes andere nutzen; es wird bei jedem Bestellimport aktualisiert.</translation>
    </message>
    <message>
        <location filename="../ui/import/derivedfieldseditor.cpp" line="70"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/import/derivedfieldseditor.cpp" line="113"/>
        <source>%1: %2</source>
        <extracomment>A customer field to derive, in the import wizard: &quot;country: Country (latest order)&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>swb::DistributionCalculator</name>
    <message>
        <location filename="../model/analytics/distributionbins.cpp" line="47"/>
        <source>Q%1 %2</source>
        <extracomment>A calendar quarter: Q1 2024.</extracomment>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <location filename="../model/analytics/distributionbins.cpp" line="51"/>
        <location filename="../model/analytics/distributioncalculator.cpp" line="87"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../model/analytics/distributionbins.cpp" line="136"/>
        <source>Not a date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <location filename="../model/analytics/distributionbins.h" line="37"/>
        <location filename="../model/analytics/distributioncalculator.cpp" line="230"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../model/analytics/distributioncalculator.cpp" line="114"/>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <location filename="../model/analytics/distributioncalculator.cpp" line="127"/>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <location filename="../model/analytics/distributioncalculator.cpp" line="149"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../model/analytics/distributioncalculator.cpp" line="152"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../model/analytics/distributioncalculator.cpp" line="217"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../model/analytics/distributioncalculator.cpp" line="224"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../model/analytics/distributioncalculator.cpp" line="292"/>
        <source>The workspace has no field &quot;%1&quot;. Choose another field.</source>
        <translation>Der Arbeitsbereich hat kein Feld „%1“. Wählen Sie ein anderes Feld.</translation>
    </message>
    <message>
        <location filename="../model/analytics/distributioncalculator.cpp" line="299"/>
        <source>The segment&apos;s customers do not match the loaded data. Try again.</source>
        <translation>Die Kunden des Segments passen nicht zu den geladenen Daten. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../model/analytics/distributioncalculator.cpp" line="309"/>
        <source>The field %1 holds values of different kinds, so its distribution cannot be drawn. Correct the column in the source file and import it again.</source>
        <translation>Das Feld %1 enthält Werte verschiedener Art, daher kann seine Verteilung nicht gezeichnet werden. Korrigieren Sie die Spalte in der Quelldatei und importieren Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>swb::DistributionPanel</name>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="75"/>
        <source>Share of customers (%)</source>
        <translation>Anteil der Kunden (%)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="81"/>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gment:</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="83"/>
        <source>&amp;Field:</source>
        <translation>&amp;Feld:</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="176"/>
        <source>Save a segment to compare how its customers differ from all customers.</source>
        <translation>Speichern Sie ein Segment, um zu sehen, wie sich seine Kunden von allen Kunden unterscheiden.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="178"/>
        <source>The workspace has no fields to compare: only keys and personal data.</source>
        <translation>Der Arbeitsbereich hat keine Felder zum Vergleichen, nur Schlüssel und personenbezogene Daten.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="182"/>
        <source>Computing…</source>
        <translation>Wird berechnet …</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="200"/>
        <source>Cannot show the distribution: %1</source>
        <translation>Die Verteilung kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="207"/>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="213"/>
        <source>%1: %2 vs. all customers</source>
        <extracomment>The distribution chart&apos;s title: the field, then the segment compared with all customers.</extracomment>
        <translation>%1: %2 im Vergleich zu allen Kunden</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="231"/>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="247"/>
        <source>Bins of %1.</source>
        <translation>Klassen der Breite %1.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="250"/>
        <source>By month.</source>
        <translation>Nach Monaten.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="251"/>
        <source>By quarter.</source>
        <translation>Nach Quartalen.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="252"/>
        <source>By year.</source>
        <translation>Nach Jahren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/distributionpanel.cpp" line="253"/>
        <source>By %n years.</source>
        <translation>
            <numerusform>Je %n Jahr.</numerusform>
            <numerusform>Je %n Jahre.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="256"/>
        <source>The most common values; the rest as &quot;Other&quot;.</source>
        <translation>Die häufigsten Werte; der Rest als „Sonstige“.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="262"/>
        <source>Shares of the %1 customers in the segment and of all %2. %3</source>
        <extracomment>Under the distribution chart: %1 and %2 are customer counts; %3 says how values are grouped.</extracomment>
        <translation>Anteile an den %1 Kunden im Segment und an allen %2. %3</translation>
    </message>
</context>
<context>
    <name>swb::DistributionService</name>
    <message>
        <location filename="../model/analytics/distributionservice.cpp" line="85"/>
        <source>Computing the distribution of %1</source>
        <translation>Verteilung von %1 wird berechnet</translation>
    </message>
</context>
<context>
    <name>swb::DragHandle</name>
    <message>
        <location filename="../ui/filter/rows/draghandle.cpp" line="15"/>
        <source>Drag to move</source>
        <translation>Zum Verschieben ziehen</translation>
    </message>
</context>
<context>
    <name>swb::ExportDestinationBox</name>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="23"/>
        <source>Any tool (as chosen)</source>
        <translation>Beliebiges Werkzeug (wie gewählt)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="24"/>
        <source>The chosen columns with the personal data policy below, values as the workspace holds them.</source>
        <translation>Die gewählten Spalten mit der Einstellung für personenbezogene Daten unten, Werte so, wie der Arbeitsbereich sie enthält.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="27"/>
        <source>Google Ads Customer Match</source>
        <translation>Google Ads Customer Match</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="28"/>
        <source>Email, Phone, First Name, Last Name (hashed or plain), Country and Zip: e-mail trimmed and in lower case, phone in E.164 (+4930123456), names in lower case.</source>
        <translation>Email, Phone, First Name, Last Name (gehasht oder im Klartext), Country und Zip: E-Mail ohne Leerzeichen am Rand und kleingeschrieben, Telefon in E.164 (+4930123456), Namen kleingeschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="32"/>
        <source>Meta Custom Audience</source>
        <translation>Meta Custom Audience</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="33"/>
        <source>email, phone, fn, ln, zip, country (hashed or plain): phone as digits with the country code (4930123456), names in lower case without punctuation, country as two lower-case letters.</source>
        <translation>email, phone, fn, ln, zip, country (gehasht oder im Klartext): Telefon als Ziffern mit Ländervorwahl (4930123456), Namen kleingeschrieben ohne Satzzeichen, Land als zwei Kleinbuchstaben.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="36"/>
        <source>Mailchimp</source>
        <translation>Mailchimp</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="37"/>
        <source>Email Address, First Name, Last Name, Phone Number (E.164), Country, Zip Code. Customers without a valid e-mail address are left out.</source>
        <translation>Email Address, First Name, Last Name, Phone Number (E.164), Country, Zip Code. Kunden ohne gültige E-Mail-Adresse werden weggelassen.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="40"/>
        <source>HubSpot</source>
        <translation>HubSpot</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="41"/>
        <source>Email, First Name, Last Name, Phone Number (E.164), Country/Region, Postal Code.</source>
        <translation>Email, First Name, Last Name, Phone Number (E.164), Country/Region, Postal Code.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="44"/>
        <source>Suppression list: hashed e-mail addresses</source>
        <translation>Sperrliste: gehashte E-Mail-Adressen</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="45"/>
        <source>One SHA-256 hash of each trimmed, lower-case e-mail address a line, no header.</source>
        <translation>Je Zeile ein SHA-256-Hash einer E-Mail-Adresse (ohne Leerzeichen am Rand, kleingeschrieben), keine Kopfzeile.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="48"/>
        <source>Suppression list: hashed phone numbers (Google)</source>
        <translation>Sperrliste: gehashte Telefonnummern (Google)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="49"/>
        <source>One SHA-256 hash of each phone number in E.164 (+4930123456) a line, no header.</source>
        <translation>Je Zeile ein SHA-256-Hash einer Telefonnummer in E.164 (+4930123456), keine Kopfzeile.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="52"/>
        <source>Suppression list: hashed phone numbers (Meta)</source>
        <translation>Sperrliste: gehashte Telefonnummern (Meta)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="53"/>
        <source>One SHA-256 hash of each phone number as digits with the country code (4930123456) a line, no header.</source>
        <translation>Je Zeile ein SHA-256-Hash einer Telefonnummer als Ziffern mit Ländervorwahl (4930123456), keine Kopfzeile.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="66"/>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="74"/>
        <source>&amp;Upload to:</source>
        <translation>&amp;Hochladen nach:</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="79"/>
        <source>for example DE</source>
        <translation>zum Beispiel DE</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="81"/>
        <source>Phone numbers of customers whose country is empty or unknown are read as numbers of this country (ISO 3166-1 alpha-2 code).</source>
        <translation>Telefonnummern von Kunden, deren Land leer oder unbekannt ist, werden als Nummern dieses Landes gelesen (Code nach ISO 3166-1 alpha-2).</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="83"/>
        <source>Default &amp;country:</source>
        <translation>Standard-&amp;Land:</translation>
    </message>
</context>
<context>
    <name>swb::ExportDialog</name>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="54"/>
        <source>Export Customers</source>
        <translation>Kunden exportieren</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="89"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="91"/>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="93"/>
        <source>Opens the folder of the exported file</source>
        <translation>Öffnet den Ordner der exportierten Datei</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="193"/>
        <source>Point ( 1.5 )</source>
        <translation>Punkt ( 1.5 )</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="194"/>
        <source>Comma ( 1,5 )</source>
        <translation>Komma ( 1,5 )</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="195"/>
        <source>Decimal &amp;mark:</source>
        <translation>Dezimal&amp;zeichen:</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="219"/>
        <source>For &amp;Excel: start with a byte order mark so Excel reads UTF-8</source>
        <translation>Für &amp;Excel: mit Byte-Order-Mark beginnen, damit Excel UTF-8 liest</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/exportdialog.cpp" line="589"/>
        <source>%Ln customer(s) will be exported.</source>
        <translation>
            <numerusform>%Ln Kunde wird exportiert.</numerusform>
            <numerusform>%Ln Kunden werden exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="590"/>
        <source>Cannot count the customers: %1</source>
        <translation>Die Kunden können nicht gezählt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="600"/>
        <source>The saved segments cannot be listed: %1</source>
        <translation>Die gespeicherten Segmente können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="107"/>
        <source>Reading the saved segments</source>
        <translation>Gespeicherte Segmente werden gelesen</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="112"/>
        <source>Listing the saved segments was cancelled.</source>
        <translation>Das Auflisten der gespeicherten Segmente wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="130"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="134"/>
        <source>Customers in any checked entry are exported.</source>
        <translation>Exportiert werden die Kunden aller angehakten Einträge.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="144"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="150"/>
        <source>CSV (comma-separated values)</source>
        <translation>CSV (durch Kommas getrennt)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="151"/>
        <source>TSV (tab-separated values)</source>
        <translation>TSV (durch Tabulatoren getrennt)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="152"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-Arbeitsmappe (XLSX)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="153"/>
        <source>JSON (array of objects)</source>
        <translation>JSON (Liste von Objekten)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="154"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="159"/>
        <source>Where to write the file</source>
        <translation>Wohin die Datei geschrieben wird</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="161"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="165"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Speichern als:</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="187"/>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="188"/>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="189"/>
        <source>Pipe ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="190"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="212"/>
        <source>Decimals and dates as shown (%1, %2)</source>
        <translation>Dezimalzahlen und Datumsangaben wie angezeigt (%1, %2)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="223"/>
        <source>Protect against spreadsheet formulas</source>
        <translation>Vor Tabellenkalkulations-Formeln schützen</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="226"/>
        <source>A text cell that starts with = + - @ (such as =HYPERLINK(…)) is run as a formula when the file is opened in Excel or LibreOffice, which can leak data or start programs. With this on, such cells start with &apos; so spreadsheets show them as text. Numbers such as -12.5 in a number column stay numbers.</source>
        <translation>Eine Textzelle, die mit = + - @ beginnt (etwa =HYPERLINK(…)), wird beim Öffnen der Datei in Excel oder LibreOffice als Formel ausgeführt, was Daten preisgeben oder Programme starten kann. Ist dies eingeschaltet, beginnen solche Zellen mit &apos;, sodass Tabellenkalkulationen sie als Text zeigen. Zahlen wie -12.5 in einer Zahlenspalte bleiben Zahlen.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="237"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="243"/>
        <source>%1 (personal data)</source>
        <translation>%1 (personenbezogen)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="247"/>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="250"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="251"/>
        <source>Select &amp;None</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="258"/>
        <source>Name the columns as in the workspace instead of the imported file&apos;s headers</source>
        <translation>Spalten wie im Arbeitsbereich benennen statt mit den Überschriften der importierten Datei</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="273"/>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="277"/>
        <source>Keep as it is</source>
        <translation>Unverändert lassen</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="278"/>
        <source>Leave out</source>
        <translation>Weglassen</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="279"/>
        <source>Mask</source>
        <translation>Maskieren</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="280"/>
        <source>Hash (SHA-256)</source>
        <translation>Hashen (SHA-256)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="296"/>
        <source>Segment: %1</source>
        <translation>Segment: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/exportdialog.cpp" line="423"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="498"/>
        <source>The format was switched to %1 to match the file name&apos;s extension .%2.</source>
        <translation>Das Format wurde auf %1 umgestellt, passend zur Dateiendung .%2.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="501"/>
        <source>The extension .%1 does not match the format %2: the file is written as %2. Change the extension to .%3 if the file should open as %2.</source>
        <translation>Die Endung .%1 passt nicht zum Format %2: Die Datei wird als %2 geschrieben. Ändern Sie die Endung in .%3, wenn sich die Datei als %2 öffnen soll.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="535"/>
        <source>No column of this workspace is flagged as personal data.</source>
        <translation>Keine Spalte dieses Arbeitsbereichs ist als personenbezogen markiert.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="536"/>
        <source>Personal data columns: %1.</source>
        <translation>Personenbezogene Spalten: %1.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="540"/>
        <source>Personal data is written as it is. Export it only to tools that may hold it.</source>
        <translation>Personenbezogene Daten werden unverändert geschrieben. Exportieren Sie sie nur in Werkzeuge, die sie speichern dürfen.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="543"/>
        <source>Columns flagged as personal data are left out of the file.</source>
        <translation>Als personenbezogen markierte Spalten werden weggelassen.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="546"/>
        <source>Personal data is partly hidden (a***@example.com), so records stay recognisable without showing the full value.</source>
        <translation>Personenbezogene Daten werden teilweise verdeckt (a***@example.com): Datensätze bleiben erkennbar, ohne den vollen Wert zu zeigen.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="550"/>
        <source>Each personal value is replaced by the SHA-256 hash (hex) of the value trimmed and in lower case, as ad platforms require for customer-list uploads (Google Customer Match, Meta Custom Audiences).</source>
        <translation>Jeder personenbezogene Wert wird durch den SHA-256-Hash (hexadezimal) des um Leerzeichen gekürzten, kleingeschriebenen Werts ersetzt, wie es Werbeplattformen für Kundenlisten verlangen (Google Customer Match, Meta Custom Audiences).</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="561"/>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="562"/>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="571"/>
        <source>Counting the customers…</source>
        <translation>Die Kunden werden gezählt…</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="574"/>
        <source>Counting the customers to export</source>
        <translation>Zu exportierende Kunden werden gezählt</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="581"/>
        <source>Counting the customers was cancelled.</source>
        <translation>Das Zählen der Kunden wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="621"/>
        <source>Check at least one entry under Customers.</source>
        <translation>Haken Sie unter „Kunden“ mindestens einen Eintrag an.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="622"/>
        <source>Check at least one column.</source>
        <translation>Haken Sie mindestens eine Spalte an.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="624"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="624"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="633"/>
        <source>Choose where to save the file.</source>
        <translation>Wählen Sie, wo die Datei gespeichert werden soll.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="645"/>
        <source>The folder %1 does not exist. Choose an existing folder with Browse….</source>
        <translation>Den Ordner %1 gibt es nicht. Wählen Sie mit „Durchsuchen…“ einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="649"/>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="654"/>
        <source>Exporting %1</source>
        <translation>%1 wird exportiert</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="663"/>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/exportdialog.cpp" line="675"/>
        <source>Exported %Ln customer(s) to %1.</source>
        <translation>
            <numerusform>%Ln Kunde nach %1 exportiert.</numerusform>
            <numerusform>%Ln Kunden nach %1 exportiert.</numerusform>
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
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="683"/>
        <source>Customers per segment: %1.</source>
        <translation>Kunden je Segment: %1.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="688"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="690"/>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="710"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>swb::ExportHistoryDialog</name>
    <message>
        <location filename="../ui/export/exporthistorydialog.cpp" line="13"/>
        <source>Export History of &quot;%1&quot;</source>
        <translation>Exportverlauf von „%1“</translation>
    </message>
    <message>
        <location filename="../ui/export/exporthistorydialog.cpp" line="16"/>
        <source>Reading the export log…</source>
        <translation>Das Exportprotokoll wird gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/export/exporthistorydialog.cpp" line="27"/>
        <source>Reading the export log</source>
        <translation>Exportprotokoll lesen</translation>
    </message>
    <message>
        <location filename="../ui/export/exporthistorydialog.cpp" line="35"/>
        <source>Reading the export log was cancelled.</source>
        <translation>Das Lesen des Exportprotokolls wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/export/exporthistorydialog.cpp" line="46"/>
        <source>Columns: %1</source>
        <translation>Spalten: %1</translation>
    </message>
    <message>
        <location filename="../ui/export/exporthistorydialog.cpp" line="49"/>
        <source>The export log cannot be read: %1</source>
        <translation>Das Exportprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/export/exporthistorydialog.cpp" line="51"/>
        <source>This segment has not been exported yet.</source>
        <translation>Dieses Segment wurde noch nicht exportiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/exporthistorydialog.cpp" line="53"/>
        <source>%n export(s), newest first.</source>
        <translation>
            <numerusform>%n Export, der neueste zuerst.</numerusform>
            <numerusform>%n Exporte, die neuesten zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::ExportLog</name>
    <message>
        <location filename="../model/export/exportlog.cpp" line="48"/>
        <source>the workspace has no export log yet (open it once in this version)</source>
        <translation>der Arbeitsbereich hat noch kein Exportprotokoll (öffnen Sie ihn einmal mit dieser Version)</translation>
    </message>
    <message>
        <location filename="../model/export/exportlog.cpp" line="55"/>
        <location filename="../model/export/exportlog.cpp" line="92"/>
        <source>The export was not recorded in the workspace&apos;s export log: %1.</source>
        <translation>Der Export wurde nicht im Exportprotokoll des Arbeitsbereichs vermerkt: %1.</translation>
    </message>
    <message>
        <location filename="../model/export/exportlog.cpp" line="90"/>
        <source>The export was not recorded in the workspace&apos;s export log: another program was writing to the workspace. The file itself is complete.</source>
        <translation>Der Export wurde nicht im Exportprotokoll des Arbeitsbereichs vermerkt: Ein anderes Programm schrieb gerade in den Arbeitsbereich. Die Datei selbst ist vollständig.</translation>
    </message>
    <message>
        <location filename="../model/export/exportlog.cpp" line="134"/>
        <source>%1 · %2 · %3 rows · %4 columns · PII %5 · %6 · preset %7 · %8</source>
        <translation>%1 · %2 · %3 Zeilen · %4 Spalten · personenbezogene Daten: %5 · %6 · Vorlage %7 · %8</translation>
    </message>
</context>
<context>
    <name>swb::ExportReport</name>
    <message>
        <location filename="../model/export/exporttypes.cpp" line="191"/>
        <source>%1 with %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/export/exporttypes.cpp" line="194"/>
        <source>Left out %Ln customer(s): %1.</source>
        <translation>
            <numerusform>%Ln Kunde weggelassen: %1.</numerusform>
            <numerusform>%Ln Kunden weggelassen: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::ExportSegmentsBox</name>
    <message>
        <location filename="../ui/export/exportsegmentsbox.cpp" line="10"/>
        <source>Several segments</source>
        <translation>Mehrere Segmente</translation>
    </message>
    <message>
        <location filename="../ui/export/exportsegmentsbox.cpp" line="16"/>
        <source>One file, a &quot;segments&quot; column naming each customer&apos;s segments</source>
        <translation>Eine Datei, eine Spalte „segments“ mit den Segmenten jedes Kunden</translation>
    </message>
    <message>
        <location filename="../ui/export/exportsegmentsbox.cpp" line="18"/>
        <source>One file, a 1/0 column per segment</source>
        <translation>Eine Datei, eine 1/0-Spalte je Segment</translation>
    </message>
    <message>
        <location filename="../ui/export/exportsegmentsbox.cpp" line="19"/>
        <source>Excel workbook, one sheet per segment and a summary sheet</source>
        <translation>Excel-Arbeitsmappe, ein Blatt je Segment und ein Übersichtsblatt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/exportsegmentsbox.cpp" line="45"/>
        <source>%n checked segment(s) go into one export, laid out as chosen here.</source>
        <translation>
            <numerusform>%n angehaktes Segment kommt in einen Export, angeordnet wie hier gewählt.</numerusform>
            <numerusform>%n angehakte Segmente kommen in einen Export, angeordnet wie hier gewählt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/exportsegmentsbox.cpp" line="47"/>
        <source>Check only saved segments to say who is in which: with other entries checked, the export holds everyone checked, without segment columns.</source>
        <translation>Haken Sie nur gespeicherte Segmente an, damit der Export zeigt, wer in welchem ist: Mit anderen angehakten Einträgen enthält er alle angehakten Kunden ohne Segmentspalten.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportsegmentsbox.cpp" line="50"/>
        <source>Check two or more saved segments under Customers to export them together.</source>
        <translation>Haken Sie unter Kunden zwei oder mehr gespeicherte Segmente an, um sie zusammen zu exportieren.</translation>
    </message>
</context>
<context>
    <name>swb::Exporter</name>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="126"/>
        <location filename="../model/export/exporttarget.cpp" line="258"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="83"/>
        <source>%1 is the workspace being exported or one of its -wal, -shm or -journal files: the export would destroy the workspace. Choose another file name.</source>
        <translation>%1 ist der Arbeitsbereich, der exportiert wird, oder eine seiner -wal-, -shm- oder -journal-Dateien: Der Export würde den Arbeitsbereich zerstören. Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="88"/>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Datei für den Export.</translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="96"/>
        <source>Cannot write %1: this program has no such output open.</source>
        <translation>%1 kann nicht geschrieben werden: Dieses Programm hat keine solche Ausgabe geöffnet.</translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="107"/>
        <source>%1 is a folder; choose a file name to export to.</source>
        <translation>%1 ist ein Ordner; wählen Sie einen Dateinamen für den Export.</translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="113"/>
        <source>%1 is neither a file nor a pipe or character device (such as /dev/null), so nothing can be exported to it. Choose a file name.</source>
        <translation>%1 ist weder eine Datei noch eine Pipe oder ein zeichenorientiertes Gerät (wie /dev/null), daher kann nichts dorthin exportiert werden. Wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="120"/>
        <source>Cannot replace %1: the file is read-only. Choose another file name, or make it writable first.</source>
        <translation>%1 kann nicht ersetzt werden: Die Datei ist schreibgeschützt. Wählen Sie einen anderen Dateinamen oder machen Sie die Datei zuerst beschreibbar.</translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="135"/>
        <source>%1 names a folder; add a file name to export to.</source>
        <translation>%1 ist ein Ordner; ergänzen Sie einen Dateinamen für den Export.</translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="138"/>
        <source>Cannot write %1: the folder %2 does not exist. Create it or choose another folder.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner %2 existiert nicht. Legen Sie ihn an oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="251"/>
        <source>Cannot write %1: the disk is full (no space is left on the device).</source>
        <translation>%1 kann nicht geschrieben werden: Der Datenträger ist voll (auf dem Gerät ist kein Platz mehr frei).</translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="254"/>
        <source>Cannot write %1: you are not allowed to write to it.</source>
        <translation>%1 kann nicht geschrieben werden: Sie dürfen nicht in diese Datei schreiben.</translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="256"/>
        <source>Cannot write %1: the program reading the pipe has stopped reading.</source>
        <translation>%1 kann nicht geschrieben werden: Das Programm, das aus der Pipe liest, hat aufgehört zu lesen.</translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="264"/>
        <source>Cannot write %1: the disk is full. Free some space or export to another disk, then try again. No partial file was left.</source>
        <translation>%1 kann nicht geschrieben werden: Der Datenträger ist voll. Geben Sie Platz frei oder exportieren Sie auf einen anderen Datenträger und versuchen Sie es dann erneut. Es wurde keine unvollständige Datei hinterlassen.</translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="268"/>
        <source>Cannot write %1: your disk quota is used up. Free some space or export to another disk, then try again. No partial file was left.</source>
        <translation>%1 kann nicht geschrieben werden: Ihr Speicherkontingent ist aufgebraucht. Geben Sie Platz frei oder exportieren Sie auf einen anderen Datenträger und versuchen Sie es dann erneut. Es wurde keine unvollständige Datei hinterlassen.</translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="272"/>
        <source>Cannot write %1: the file would be larger than this disk or system allows. Export fewer customers or columns, or to another disk. No partial file was left.</source>
        <translation>%1 kann nicht geschrieben werden: Die Datei wäre größer, als dieser Datenträger oder dieses System erlaubt. Exportieren Sie weniger Kunden oder Spalten oder auf einen anderen Datenträger. Es wurde keine unvollständige Datei hinterlassen.</translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="277"/>
        <source>Cannot write %1: you are not allowed to create files in the folder %2. Choose another folder.</source>
        <translation>%1 kann nicht geschrieben werden: Sie dürfen im Ordner %2 keine Dateien anlegen. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="280"/>
        <source>Cannot write %1: the folder %2 is on a read-only disk. Choose another folder.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner %2 liegt auf einem schreibgeschützten Datenträger. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="282"/>
        <source>Cannot write %1: %2. No partial file was left.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Es wurde keine unvollständige Datei hinterlassen.</translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="112"/>
        <source>The CSV delimiter must be a comma, a semicolon, a pipe or a tab.</source>
        <translation>Das CSV-Trennzeichen muss ein Komma, ein Semikolon, ein senkrechter Strich oder ein Tabulator sein.</translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="399"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="401"/>
        <source>The workspace has no customers yet: import a customer file first.</source>
        <translation>Der Arbeitsbereich enthält noch keine Kunden: Importieren Sie zuerst eine Kundendatei.</translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="171"/>
        <source>The customer table has no column &quot;%1&quot;. Columns: %2.</source>
        <translation>Die Kundentabelle hat keine Spalte „%1“. Spalten: %2.</translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="87"/>
        <source>The column %1 is not flagged as personal data, but its values are e-mail addresses: it was hashed like the flagged columns. To flag it, run: %2</source>
        <translation>Die Spalte %1 ist nicht als personenbezogen markiert, ihre Werte sind aber E-Mail-Adressen: Sie wurde wie die markierten Spalten gehasht. Um sie zu markieren, führen Sie aus: %2</translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="91"/>
        <source>The column %1 is not flagged as personal data, but its values are e-mail addresses: it was masked like the flagged columns. To flag it, run: %2</source>
        <translation>Die Spalte %1 ist nicht als personenbezogen markiert, ihre Werte sind aber E-Mail-Adressen: Sie wurde wie die markierten Spalten maskiert. Um sie zu markieren, führen Sie aus: %2</translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="94"/>
        <source>The column %1 is not flagged as personal data, but its values are e-mail addresses: it was left out like the flagged columns. To flag it, run: %2</source>
        <translation>Die Spalte %1 ist nicht als personenbezogen markiert, ihre Werte sind aber E-Mail-Adressen: Sie wurde wie die markierten Spalten weggelassen. Um sie zu markieren, führen Sie aus: %2</translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="100"/>
        <source>The column %1 is not flagged as personal data, but its name or role suggests personal data (%2): it was exported unchanged. If it is personal data, flag it and export again: %3</source>
        <translation>Die Spalte %1 ist nicht als personenbezogen markiert, ihr Name oder ihre Rolle deutet aber auf personenbezogene Daten hin (%2): Sie wurde unverändert exportiert. Wenn sie personenbezogen ist, markieren Sie sie und exportieren Sie erneut: %3</translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="197"/>
        <source>No column is left to export (the PII policy omitted every chosen column).</source>
        <translation>Es bleibt keine Spalte zum Exportieren übrig (die Einstellung für personenbezogene Daten lässt alle gewählten Spalten weg).</translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="293"/>
        <location filename="../model/export/exporter.cpp" line="322"/>
        <source>The selection cannot be evaluated: %1</source>
        <translation>Die Auswahl kann nicht ausgewertet werden: %1</translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="114"/>
        <source>The decimal mark must be a point or a comma.</source>
        <translation>Das Dezimalzeichen muss ein Punkt oder ein Komma sein.</translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="116"/>
        <source>A comma as the decimal mark needs another delimiter: choose the semicolon.</source>
        <translation>Ein Komma als Dezimalzeichen braucht ein anderes Trennzeichen: Wählen Sie das Semikolon.</translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="406"/>
        <location filename="../model/postgres/pgexport.cpp" line="144"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="283"/>
        <location filename="../model/postgres/pgexport.cpp" line="145"/>
        <source>Reading the customers failed: %1</source>
        <translation>Das Lesen der Kunden ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>swb::FieldLabels</name>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="9"/>
        <source>Whole number</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="11"/>
        <source>Decimal number</source>
        <translation>Dezimalzahl</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="13"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="15"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="17"/>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="19"/>
        <source>Yes/No</source>
        <translation>Ja/Nein</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="28"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="30"/>
        <source>Customer key</source>
        <translation>Kundenschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="32"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="34"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="36"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="38"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="40"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="42"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="44"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="46"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="48"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="50"/>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="52"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="54"/>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="56"/>
        <source>Signup date</source>
        <translation>Anmeldedatum</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="58"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="60"/>
        <source>Number of orders</source>
        <translation>Anzahl Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="62"/>
        <source>Average order value</source>
        <translation>Durchschnittlicher Bestellwert</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="64"/>
        <source>First purchase date</source>
        <translation>Erster Kauf</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="66"/>
        <source>Last purchase date</source>
        <translation>Letzter Kauf</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="68"/>
        <source>Churned (flag)</source>
        <translation>Abgewandert (Kennzeichen)</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="70"/>
        <source>NPS answer (0–10)</source>
        <translation>NPS-Antwort (0–10)</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="72"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="74"/>
        <source>Order ID</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="76"/>
        <source>Order date</source>
        <translation>Bestelldatum</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="78"/>
        <source>Order amount</source>
        <translation>Bestellbetrag</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="80"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="82"/>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
</context>
<context>
    <name>swb::FieldMention</name>
    <message>
        <location filename="../model/field.cpp" line="69"/>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../model/field.cpp" line="70"/>
        <source>&quot;%1&quot; (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
</context>
<context>
    <name>swb::FieldPicker</name>
    <message>
        <location filename="../ui/filter/rows/fieldpicker.cpp" line="35"/>
        <source>Choose a field…</source>
        <translation>Feld wählen…</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/fieldpicker.cpp" line="38"/>
        <source>No field matches.</source>
        <translation>Kein Feld passt.</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/fieldpicker.cpp" line="55"/>
        <source>Column %1 (%2)</source>
        <extracomment>Tooltip of a field: its column name in the workspace and its type</extracomment>
        <translation>Spalte %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/fieldpicker.cpp" line="59"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/fieldpicker.cpp" line="62"/>
        <source>Membership in saved segments (%1)</source>
        <translation>Mitgliedschaft in gespeicherten Segmenten (%1)</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/fieldpicker.cpp" line="80"/>
        <source>The workspace has no field &quot;%1&quot;.</source>
        <translation>Der Arbeitsbereich hat kein Feld „%1“.</translation>
    </message>
</context>
<context>
    <name>swb::FileDetection</name>
    <message>
        <location filename="../model/import/filedetection.cpp" line="38"/>
        <source>%1 is an OpenDocument spreadsheet, not a CSV file. Save the sheet as CSV (UTF-8) in LibreOffice (File → Save As) and import that file.</source>
        <translation>%1 ist eine OpenDocument-Tabelle, keine CSV-Datei. Speichern Sie das Blatt in LibreOffice als CSV (UTF-8) (Datei → Speichern unter) und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="33"/>
        <source>%1 is an Excel workbook, not a CSV file. Save the sheet as CSV (UTF-8) in Excel or LibreOffice (File → Save As) and import that file.</source>
        <translation>%1 ist eine Excel-Arbeitsmappe, keine CSV-Datei. Speichern Sie das Blatt in Excel oder LibreOffice als CSV (UTF-8) (Datei → Speichern unter) und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="43"/>
        <source>%1 is a ZIP archive. Unpack it and import the CSV file inside.</source>
        <translation>%1 ist ein ZIP-Archiv. Entpacken Sie es und importieren Sie die CSV-Datei darin.</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="59"/>
        <source>%1 is compressed (%2). Unpack it first and import the CSV file inside.</source>
        <translation>%1 ist komprimiert (%2). Entpacken Sie die Datei zuerst und importieren Sie die CSV-Datei darin.</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="62"/>
        <source>%1 is an SQLite database, not a CSV file. Open a workspace with File → Open Workspace (on the command line: --db).</source>
        <translation>%1 ist eine SQLite-Datenbank, keine CSV-Datei. Einen Arbeitsbereich öffnen Sie mit Datei → Arbeitsbereich öffnen (auf der Kommandozeile: --db).</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="66"/>
        <source>%1 is a PDF document, not a CSV file. Export the data as CSV from the program that made it.</source>
        <translation>%1 ist ein PDF-Dokument, keine CSV-Datei. Exportieren Sie die Daten als CSV aus dem Programm, das es erstellt hat.</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="104"/>
        <source>%1 has more than %2 columns; a workspace holds at most %3. Remove the columns you do not need, or split the file into files with fewer columns.</source>
        <translation>%1 hat mehr als %2 Spalten; ein Arbeitsbereich fasst höchstens %3. Entfernen Sie die Spalten, die Sie nicht brauchen, oder teilen Sie die Datei in Dateien mit weniger Spalten auf.</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="107"/>
        <source>%1 has %2 columns; a workspace holds at most %3. Remove the columns you do not need, or split the file into files with fewer columns.</source>
        <translation>%1 hat %2 Spalten; ein Arbeitsbereich fasst höchstens %3. Entfernen Sie die Spalten, die Sie nicht brauchen, oder teilen Sie die Datei in Dateien mit weniger Spalten auf.</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="118"/>
        <source>%1 changed while it was read (another program wrote to it or cut it short: it had %2 bytes when the import started, %3 bytes were read, it has %4 bytes now). Nothing was imported; import it again when that program is done.</source>
        <translation>%1 hat sich beim Lesen geändert (ein anderes Programm hat hineingeschrieben oder sie gekürzt: Beim Start des Imports hatte sie %2 Bytes, %3 Bytes wurden gelesen, jetzt hat sie %4 Bytes). Es wurde nichts importiert; importieren Sie die Datei erneut, wenn das andere Programm fertig ist.</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="136"/>
        <source>%1 is a folder. Choose a CSV file.</source>
        <translation>%1 ist ein Ordner. Wählen Sie eine CSV-Datei.</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="139"/>
        <source>%1 is not a regular file but a device, a pipe or a socket, which cannot be imported. Save the data to a file and import that file.</source>
        <translation>%1 ist keine gewöhnliche Datei, sondern ein Gerät, eine Pipe oder ein Socket und kann nicht importiert werden. Speichern Sie die Daten in einer Datei und importieren Sie diese.</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="144"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="148"/>
        <source>The file %1 is empty. Choose a file with a header and at least one record.</source>
        <translation>Die Datei %1 ist leer. Wählen Sie eine Datei mit Kopfzeile und mindestens einem Datensatz.</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="159"/>
        <source>%1 is not a text file: it holds binary data. Choose a CSV file exported as text.</source>
        <translation>%1 ist keine Textdatei: Sie enthält Binärdaten. Wählen Sie eine als Text exportierte CSV-Datei.</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="163"/>
        <source>The encoding &quot;%1&quot; is not known. Use utf-8, utf-16le, utf-16be, latin1, windows-1252 or another name that ICU knows.</source>
        <translation>Die Kodierung „%1“ ist unbekannt. Verwenden Sie utf-8, utf-16le, utf-16be, latin1, windows-1252 oder einen anderen Namen, den ICU kennt.</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="190"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="192"/>
        <source>The file %1 holds no records (only blank lines).</source>
        <translation>Die Datei %1 enthält keine Datensätze (nur Leerzeilen).</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="214"/>
        <source>The file %1 holds no records.</source>
        <translation>Die Datei %1 enthält keine Datensätze.</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="220"/>
        <source>A quoted field in the first record of %1 is never closed: the file cannot be split into records. Check the quotes in line 1.</source>
        <translation>Ein Feld in Anführungszeichen im ersten Datensatz von %1 wird nie geschlossen: Die Datei lässt sich nicht in Datensätze aufteilen. Prüfen Sie die Anführungszeichen in Zeile 1.</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="225"/>
        <source>The file %1 has a header but no records below it, so there is nothing to import. Check that the export holds data.</source>
        <translation>Die Datei %1 hat eine Kopfzeile, aber keine Datensätze darunter; es gibt nichts zu importieren. Prüfen Sie, ob der Export Daten enthält.</translation>
    </message>
</context>
<context>
    <name>swb::FilterDefinition</name>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="49"/>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>„%1“ muss true oder false sein.</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="68"/>
        <source>&quot;field&quot; must be a field name in quotes.</source>
        <translation>„field“ muss ein Feldname in Anführungszeichen sein.</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="71"/>
        <source>&quot;operator&quot; must be an operator name in quotes, such as &quot;=&quot; or &quot;in&quot;.</source>
        <translation>„operator“ muss ein Operatorname in Anführungszeichen sein, etwa „=“ oder „in“.</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="93"/>
        <source>&quot;where&quot; must be a group of conditions on order columns, such as {&quot;combinator&quot;:&quot;and&quot;,&quot;rules&quot;:[…]}.</source>
        <translation>„where“ muss eine Gruppe von Bedingungen auf Bestellspalten sein, etwa {&quot;combinator&quot;:&quot;and&quot;,&quot;rules&quot;:[…]}.</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="106"/>
        <source>Groups are nested more than %1 levels deep. Flatten the definition.</source>
        <translation>Gruppen sind mehr als %1 Ebenen tief verschachtelt. Vereinfachen Sie die Definition.</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="115"/>
        <source>&quot;combinator&quot; must be &quot;and&quot; or &quot;or&quot;.</source>
        <translation>„combinator“ muss „and“ oder „or“ sein.</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="123"/>
        <source>A group needs &quot;rules&quot;: a list of rules and groups.</source>
        <translation>Eine Gruppe braucht „rules“: eine Liste von Regeln und Gruppen.</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="131"/>
        <source>Combinators between rules (&quot;independent combinators&quot;) are not supported: set &quot;combinator&quot; on the group instead.</source>
        <translation>Verknüpfungen zwischen einzelnen Regeln („independent combinators“) werden nicht unterstützt: Setzen Sie stattdessen „combinator“ an der Gruppe.</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="134"/>
        <source>A rule must be an object with &quot;field&quot;, &quot;operator&quot; and &quot;value&quot;.</source>
        <translation>Eine Regel muss ein Objekt mit „field“, „operator“ und „value“ sein.</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="246"/>
        <source>The definition is nested too deeply: groups can be nested at most %1 levels deep.</source>
        <translation>Die Definition ist zu tief verschachtelt: Gruppen können höchstens %1 Ebenen tief verschachtelt werden.</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="251"/>
        <source>The definition is not valid JSON (%1 at character %2).</source>
        <translation>Die Definition ist kein gültiges JSON (%1 bei Zeichen %2).</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="257"/>
        <source>The definition must be a JSON object such as {&quot;combinator&quot;:&quot;and&quot;,&quot;rules&quot;:[…]}.</source>
        <translation>Die Definition muss ein JSON-Objekt sein, etwa {&quot;combinator&quot;:&quot;and&quot;,&quot;rules&quot;:[…]}.</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="315"/>
        <source>The field name contains a NUL character (\u0000), which no field name can hold. Remove it.</source>
        <translation>Der Feldname enthält ein NUL-Zeichen (\u0000), das kein Feldname enthalten kann. Entfernen Sie es.</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="317"/>
        <source>The operator contains a NUL character (\u0000). Remove it.</source>
        <translation>Der Operator enthält ein NUL-Zeichen (\u0000). Entfernen Sie es.</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="319"/>
        <source>The value contains a NUL character (\u0000), which a filter value cannot hold. Remove it.</source>
        <translation>Der Wert enthält ein NUL-Zeichen (\u0000), das ein Filterwert nicht enthalten kann. Entfernen Sie es.</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="325"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>swb::FilterDescriber</name>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="13"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="20"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="20"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="43"/>
        <source>the customer is in the segment %1</source>
        <translation>der Kunde ist im Segment %1</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="44"/>
        <source>the customer is not in the segment %1</source>
        <translation>der Kunde ist nicht im Segment %1</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="46"/>
        <source>the customer is in one of the segments %1</source>
        <translation>der Kunde ist in einem der Segmente %1</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="47"/>
        <source>the customer is in none of the segments %1</source>
        <translation>der Kunde ist in keinem der Segmente %1</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="57"/>
        <source>the number of orders</source>
        <translation>die Anzahl der Bestellungen</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="60"/>
        <source>the amount spent</source>
        <translation>der ausgegebene Betrag</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="63"/>
        <source>the number of distinct %1</source>
        <translation>die Anzahl verschiedener Werte von %1</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="66"/>
        <source>the first order date</source>
        <translation>das Datum der ersten Bestellung</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="69"/>
        <source>the last order date</source>
        <translation>das Datum der letzten Bestellung</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/filter/filterdescriber.cpp" line="76"/>
        <source>ordered in the last %n day(s)</source>
        <translation>
            <numerusform>bestellt innerhalb von %n Tag vor dem Stichtag</numerusform>
            <numerusform>bestellt innerhalb von %n Tagen vor dem Stichtag</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="78"/>
        <source>ordered from %1 to %2</source>
        <translation>bestellt von %1 bis %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="80"/>
        <source>ordered on or after %1</source>
        <translation>bestellt am oder nach dem %1</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="82"/>
        <source>ordered on or before %1</source>
        <translation>bestellt am oder vor dem %1</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="85"/>
        <source>%1 (order lines where %2, %3)</source>
        <comment>measure (condition, window)</comment>
        <translation>%1 (Bestellpositionen, bei denen %2, %3)</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="88"/>
        <source>%1 (order lines where %2)</source>
        <comment>measure (condition)</comment>
        <translation>%1 (Bestellpositionen, bei denen %2)</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="90"/>
        <source>%1 (%2)</source>
        <comment>measure (window)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="110"/>
        <location filename="../model/filter/filterdescriber.cpp" line="138"/>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="112"/>
        <location filename="../model/filter/filterdescriber.cpp" line="141"/>
        <source>%1 is not %2</source>
        <translation>%1 ist nicht %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="114"/>
        <source>%1 is before %2</source>
        <translation>%1 ist vor %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="114"/>
        <source>%1 is less than %2</source>
        <translation>%1 ist kleiner als %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="116"/>
        <source>%1 is after %2</source>
        <translation>%1 ist nach %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="116"/>
        <source>%1 is greater than %2</source>
        <translation>%1 ist größer als %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="118"/>
        <source>%1 is on or before %2</source>
        <translation>%1 ist am oder vor %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="118"/>
        <source>%1 is at most %2</source>
        <translation>%1 ist höchstens %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="120"/>
        <source>%1 is on or after %2</source>
        <translation>%1 ist am oder nach %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="120"/>
        <source>%1 is at least %2</source>
        <translation>%1 ist mindestens %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="122"/>
        <source>%1 contains %2</source>
        <translation>%1 enthält %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="124"/>
        <source>%1 begins with %2</source>
        <translation>%1 beginnt mit %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="126"/>
        <source>%1 ends with %2</source>
        <translation>%1 endet auf %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="128"/>
        <source>%1 does not contain %2</source>
        <translation>%1 enthält nicht %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="130"/>
        <source>%1 does not begin with %2</source>
        <translation>%1 beginnt nicht mit %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="132"/>
        <source>%1 does not end with %2</source>
        <translation>%1 endet nicht auf %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="134"/>
        <source>%1 has no value</source>
        <translation>%1 hat keinen Wert</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="136"/>
        <source>%1 has a value</source>
        <translation>%1 hat einen Wert</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="139"/>
        <source>%1 is one of %2</source>
        <translation>%1 ist einer der Werte %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="142"/>
        <source>%1 is none of %2</source>
        <translation>%1 ist keiner der Werte %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="144"/>
        <source>%1 is between %2 and %3</source>
        <translation>%1 liegt zwischen %2 und %3</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="146"/>
        <source>%1 is not between %2 and %3</source>
        <translation>%1 liegt nicht zwischen %2 und %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/filter/filterdescriber.cpp" line="148"/>
        <source>%1 is within the last %n day(s)</source>
        <translation>
            <numerusform>%1 liegt innerhalb von %n Tag vor dem Stichtag</numerusform>
            <numerusform>%1 liegt innerhalb von %n Tagen vor dem Stichtag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/filter/filterdescriber.cpp" line="150"/>
        <source>%1 is not within the last %n day(s)</source>
        <translation>
            <numerusform>%1 liegt nicht innerhalb von %n Tag vor dem Stichtag</numerusform>
            <numerusform>%1 liegt nicht innerhalb von %n Tagen vor dem Stichtag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/filter/filterdescriber.cpp" line="152"/>
        <source>%1 is more than %n day(s) ago</source>
        <translation>
            <numerusform>%1 liegt mehr als %n Tag vor dem Stichtag</numerusform>
            <numerusform>%1 liegt mehr als %n Tage vor dem Stichtag</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="165"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="173"/>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="173"/>
        <source>or</source>
        <translation>oder</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="174"/>
        <source>not (%1)</source>
        <translation>nicht (%1)</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="181"/>
        <source>All customers.</source>
        <translation>Alle Kunden.</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="182"/>
        <source>Customers where %1.</source>
        <translation>Kunden, für die gilt: %1.</translation>
    </message>
</context>
<context>
    <name>swb::FilterDocument</name>
    <message>
        <location filename="../ui/filter/definition/filterdocument.cpp" line="31"/>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/filterdocument.cpp" line="49"/>
        <source>Add group</source>
        <translation>Gruppe hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/filterdocument.cpp" line="59"/>
        <source>Remove group</source>
        <translation>Gruppe entfernen</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/filterdocument.cpp" line="59"/>
        <source>Remove rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/filterdocument.cpp" line="76"/>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/filterdocument.cpp" line="87"/>
        <source>Match all</source>
        <translation>„Jede“ wählen</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/filterdocument.cpp" line="87"/>
        <source>Match any</source>
        <translation>„Mindestens eine“ wählen</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/filterdocument.cpp" line="97"/>
        <source>Negate group</source>
        <translation>Gruppe verneinen</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/filterdocument.cpp" line="97"/>
        <source>Stop negating group</source>
        <translation>Verneinung der Gruppe aufheben</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/filterdocument.cpp" line="114"/>
        <source>Mute</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/filterdocument.cpp" line="114"/>
        <source>Unmute</source>
        <translation>Aktivieren</translation>
    </message>
</context>
<context>
    <name>swb::FilterEvaluator</name>
    <message>
        <location filename="../model/filter/filterevaluator.cpp" line="248"/>
        <source>%1: the field &quot;%2&quot; was not loaded; reload the workspace</source>
        <translation>%1: Das Feld „%2“ wurde nicht geladen; laden Sie den Arbeitsbereich neu</translation>
    </message>
    <message>
        <location filename="../model/filter/filterevaluator.cpp" line="294"/>
        <source>%1: the static segment &quot;%2&quot; needs the workspace to read its members</source>
        <translation>%1: Das statische Segment „%2“ braucht den Arbeitsbereich, um seine Mitglieder zu lesen</translation>
    </message>
    <message>
        <location filename="../model/filter/filterevaluator.cpp" line="303"/>
        <source>%1: cannot read the members of &quot;%2&quot;: %3</source>
        <translation>%1: Die Mitglieder von „%2“ können nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location filename="../model/filter/filterevaluator.cpp" line="324"/>
        <source>%1: order rules need the workspace to read the orders</source>
        <translation>%1: Bestellregeln brauchen den Arbeitsbereich, um die Bestellungen zu lesen</translation>
    </message>
    <message>
        <location filename="../model/filter/filterevaluator.cpp" line="325"/>
        <source>%1: the values of &quot;%2&quot; do not all have the field&apos;s type, and the workspace is not available to evaluate them</source>
        <translation>%1: Nicht alle Werte von „%2“ haben den Typ des Felds, und der Arbeitsbereich steht zu ihrer Auswertung nicht zur Verfügung</translation>
    </message>
    <message>
        <location filename="../model/filter/filterevaluator.cpp" line="336"/>
        <location filename="../model/filter/filterevaluator.cpp" line="353"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>swb::FilterResolver</name>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="62"/>
        <source>groups are nested more than %1 levels deep; flatten the definition</source>
        <translation>Gruppen sind mehr als %1 Ebenen tief verschachtelt; vereinfachen Sie die Definition</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="114"/>
        <source>the rule has no field; choose a field</source>
        <translation>die Regel hat kein Feld; wählen Sie ein Feld</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="118"/>
        <source>the rule on &quot;%1&quot; has no operator; choose an operator</source>
        <translation>die Regel für „%1“ hat keinen Operator; wählen Sie einen Operator</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="133"/>
        <source>a condition on order lines cannot hold &quot;%1&quot; rules; move the rule out of &quot;where&quot;</source>
        <translation>eine Bedingung auf Bestellpositionen kann keine „%1“-Regeln enthalten; verschieben Sie die Regel aus „where“ heraus</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="212"/>
        <source>unknown order column &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>unbekannte Bestellspalte „%1“; meinten Sie „%2“?</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="214"/>
        <source>unknown order column &quot;%1&quot;; use one of the columns of the orders</source>
        <translation>unbekannte Bestellspalte „%1“; verwenden Sie eine der Spalten der Bestellungen</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="216"/>
        <source>unknown field &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>unbekanntes Feld „%1“; meinten Sie „%2“?</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="127"/>
        <source>unknown operator &quot;%1&quot;; use one of %2</source>
        <translation>unbekannter Operator „%1“; verwenden Sie einen von %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="218"/>
        <source>unknown field &quot;%1&quot;; use one of the workspace&apos;s fields</source>
        <translation>unbekanntes Feld „%1“; verwenden Sie ein Feld des Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="227"/>
        <source>operator &quot;%1&quot; is not valid for the number field %2</source>
        <translation>der Operator „%1“ ist für das Zahlenfeld %2 nicht zulässig</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="229"/>
        <source>operator &quot;%1&quot; is not valid for the yes/no field %2</source>
        <translation>der Operator „%1“ ist für das Ja/Nein-Feld %2 nicht zulässig</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="231"/>
        <source>operator &quot;%1&quot; is not valid for the text field %2; relative dates need a date field</source>
        <translation>der Operator „%1“ ist für das Textfeld %2 nicht zulässig; relative Datumsangaben brauchen ein Datumsfeld</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="237"/>
        <source>operator &quot;%1&quot; is not valid for the date field %2</source>
        <translation>der Operator „%1“ ist für das Datumsfeld %2 nicht zulässig</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="248"/>
        <source>&quot;%1&quot; needs a value</source>
        <translation>„%1“ braucht einen Wert</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="250"/>
        <source>&quot;%1&quot; needs one value, not a list</source>
        <translation>„%1“ braucht einen einzelnen Wert, keine Liste</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="256"/>
        <source>&quot;%1&quot; needs at least one value</source>
        <translation>„%1“ braucht mindestens einen Wert</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="266"/>
        <source>&quot;%1&quot; needs two values</source>
        <translation>„%1“ braucht zwei Werte</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="280"/>
        <source>&quot;%1&quot; needs a whole number of days from 0 to %2, not &quot;%3&quot;</source>
        <translation>„%1“ braucht eine ganze Zahl von Tagen zwischen 0 und %2, nicht „%3“</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="284"/>
        <source>&quot;%1&quot; needs the workspace&apos;s as-of date, which is not set</source>
        <translation>„%1“ braucht den Stichtag des Arbeitsbereichs, der nicht gesetzt ist</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="308"/>
        <source>operator &quot;%1&quot; is not valid for &quot;@segment&quot;; use &quot;in&quot; or &quot;notIn&quot;</source>
        <translation>der Operator „%1“ ist für „@segment“ nicht zulässig; verwenden Sie „in“ oder „notIn“</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="311"/>
        <source>&quot;%1&quot; needs at least one segment name</source>
        <translation>„%1“ braucht mindestens einen Segmentnamen</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="319"/>
        <source>segments refer to each other in a cycle: %1</source>
        <translation>Segmente verweisen im Kreis aufeinander: %1</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="323"/>
        <source>unknown segment &quot;%1&quot;</source>
        <translation>unbekanntes Segment „%1“</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="335"/>
        <location filename="../model/filter/filterresolver.cpp" line="343"/>
        <source>segment &quot;%1&quot;: %2</source>
        <translation>Segment „%1“: %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="338"/>
        <source>segments are nested more than %1 levels deep</source>
        <translation>Segmente sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
</context>
<context>
    <name>swb::GroupWidget</name>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="54"/>
        <source>Not</source>
        <translation>Nicht</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="54"/>
        <source>Negate the group: select the customers the group does not match</source>
        <translation>Gruppe verneinen: die Kunden auswählen, auf die die Gruppe nicht zutrifft</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="56"/>
        <source>of the following are true</source>
        <translation>der folgenden Bedingungen trifft zu</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="57"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="57"/>
        <source>Add a rule to this group (Ctrl+Shift+R)</source>
        <translation>Dieser Gruppe eine Regel hinzufügen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="58"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="58"/>
        <source>Add a nested group (Ctrl+Shift+G)</source>
        <translation>Eine verschachtelte Gruppe hinzufügen (Strg+Umschalt+G)</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="59"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="60"/>
        <source>Add an order rule: how many orders, how much or when a customer bought, optionally only of some products or in a time window (Ctrl+Shift+O)</source>
        <translation>Bestellregel hinzufügen: wie viele Bestellungen, wie viel oder wann ein Kunde gekauft hat, wahlweise nur bestimmte Produkte oder in einem Zeitraum (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="70"/>
        <source>All</source>
        <translation>Jede</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="71"/>
        <source>Any</source>
        <translation>Mindestens eine</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="72"/>
        <source>All: customers must match every rule (and). Any: at least one rule (or).</source>
        <translation>Jede: Kunden müssen jede Regel erfüllen (und). Mindestens eine: Kunden müssen mindestens eine Regel erfüllen (oder).</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="75"/>
        <source>Combine the rules of this group</source>
        <translation>Regeln dieser Gruppe verknüpfen</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="76"/>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="77"/>
        <source>Add group</source>
        <translation>Gruppe hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="78"/>
        <source>Add order rule</source>
        <translation>Bestellregel hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="97"/>
        <source>Mute the group</source>
        <translation>Gruppe deaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="99"/>
        <source>Remove the group and its rules (Delete)</source>
        <translation>Gruppe mit ihren Regeln entfernen (Entf)</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="100"/>
        <source>Mute group</source>
        <translation>Gruppe deaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="101"/>
        <source>Remove group</source>
        <translation>Gruppe entfernen</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="122"/>
        <source>No condition: every order line counts. Add a rule to count only some, for example “StockCode is 85123A”.</source>
        <translation>Keine Bedingung: Jede Bestellposition zählt. Fügen Sie eine Regel hinzu, um nur bestimmte zu zählen, zum Beispiel „StockCode ist 85123A“.</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="125"/>
        <source>Add a rule to start: for example “Country is one of DE, AT” or “Total revenue is at least 500”. Rules in a group can be combined with “all” (and) or “any” (or), and groups can be nested.</source>
        <translation>Fügen Sie zu Beginn eine Regel hinzu, zum Beispiel „Land ist einer von DE, AT“ oder „Gesamtumsatz ist mindestens 500“. Die Regeln einer Gruppe lassen sich mit „Jede“ (und) oder „Mindestens eine“ (oder) verknüpfen, und Gruppen lassen sich verschachteln.</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="128"/>
        <source>This group has no rules yet, so it selects everyone. Add a rule or remove the group.</source>
        <translation>Diese Gruppe hat noch keine Regeln und wählt daher alle aus. Fügen Sie eine Regel hinzu oder entfernen Sie die Gruppe.</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="135"/>
        <source>Add the first rule</source>
        <translation>Erste Regel hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="136"/>
        <source>Ctrl+Shift+R</source>
        <translation>Strg+Umschalt+R</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="215"/>
        <source>Mute the group: leave it out without deleting it</source>
        <translation>Gruppe deaktivieren: nicht berücksichtigen, ohne sie zu löschen</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="215"/>
        <source>Unmute the group</source>
        <translation>Gruppe wieder aktivieren</translation>
    </message>
</context>
<context>
    <name>swb::Heatmap</name>
    <message>
        <location filename="../ui/charts/heatmap.cpp" line="39"/>
        <source>%1 and %2: %3 customers, %4% of %1</source>
        <translation>%1 und %2: %3 Kunden, %4 % von %1</translation>
    </message>
</context>
<context>
    <name>swb::ImportColumnsModel</name>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="32"/>
        <source>Read as date (YYYYMMDD)</source>
        <translation>Als Datum lesen (JJJJMMTT)</translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="130"/>
        <source>Uncheck to leave this column out of the import.</source>
        <translation>Haken entfernen, um diese Spalte nicht zu importieren.</translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="134"/>
        <source>(column %1)</source>
        <translation>(Spalte %1)</translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="146"/>
        <source>The column&apos;s name in the workspace; it is turned into a plain identifier when imported.</source>
        <translation>Der Name der Spalte im Arbeitsbereich; beim Import wird daraus ein einfacher Bezeichner.</translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="152"/>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="154"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="157"/>
        <source>Every value is a date written as YYYYMMDD (19970101): choose &quot;%1&quot; to import them as dates.</source>
        <translation>Jeder Wert ist ein als JJJJMMTT geschriebenes Datum (19970101): Wählen Sie „%1“, um die Werte als Datum zu importieren.</translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="201"/>
        <source>Personal data is masked, hashed or left out on export when you ask for it.</source>
        <translation>Personenbezogene Daten werden beim Export auf Wunsch maskiert, gehasht oder weggelassen.</translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="301"/>
        <source>Import</source>
        <extracomment>Column header: whether a column of the file is imported</extracomment>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="303"/>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="305"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="307"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="309"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="312"/>
        <source>Personal</source>
        <extracomment>Column header: personal data (PII) flag</extracomment>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="314"/>
        <source>Sample values</source>
        <translation>Beispielwerte</translation>
    </message>
</context>
<context>
    <name>swb::ImportFilePage</name>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="29"/>
        <source>Choose the file to import</source>
        <translation>Datei zum Importieren wählen</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="30"/>
        <source>A CSV, TSV or TXT export from a shop, CRM or spreadsheet. Encoding, delimiter and column types are detected on the next page, where you can correct them.</source>
        <translation>Ein CSV-, TSV- oder TXT-Export aus Shop, CRM oder Tabellenkalkulation. Kodierung, Trennzeichen und Spaltentypen werden auf der nächsten Seite erkannt, wo Sie sie korrigieren können.</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="38"/>
        <source>Path of a .csv, .tsv or .txt file</source>
        <translation>Pfad einer .csv-, .tsv- oder .txt-Datei</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="40"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="45"/>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="54"/>
        <source>&amp;Customers: one row per customer (ID, name, email, country, …)</source>
        <translation>&amp;Kunden: eine Zeile je Kunde (ID, Name, E-Mail, Land, …)</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="56"/>
        <source>&amp;Orders: one row per order (order ID, customer ID, date, amount); each customer&apos;s totals are added to the customer table</source>
        <translation>&amp;Bestellungen: eine Zeile je Bestellung (Bestellnummer, Kunden-ID, Datum, Betrag); die Summen je Kunde kommen in die Kundentabelle</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="65"/>
        <source>The file holds:</source>
        <translation>Die Datei enthält:</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="125"/>
        <source>Import File</source>
        <translation>Datei importieren</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="126"/>
        <source>Delimited text (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Text mit Trennzeichen (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="137"/>
        <source>Tip: you can also drop a file onto the main window.</source>
        <translation>Tipp: Sie können eine Datei auch auf das Hauptfenster ziehen.</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="142"/>
        <source>There is no file at this path. Check the name or choose the file with Browse.</source>
        <translation>Unter diesem Pfad gibt es keine Datei. Prüfen Sie den Namen oder wählen Sie die Datei mit „Durchsuchen“.</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="144"/>
        <source>This is a folder. Choose a file inside it.</source>
        <translation>Das ist ein Ordner. Wählen Sie eine Datei darin.</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="146"/>
        <source>This file cannot be read. Check its permissions.</source>
        <translation>Diese Datei kann nicht gelesen werden. Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="148"/>
        <source>%1, last changed %2</source>
        <translation>%1, zuletzt geändert %2</translation>
    </message>
</context>
<context>
    <name>swb::ImportIssueQuery</name>
    <message>
        <location filename="../model/browse/importissuequery.cpp" line="28"/>
        <location filename="../model/browse/importissuequery.cpp" line="39"/>
        <location filename="../model/browse/importissuequery.cpp" line="97"/>
        <source>Cannot read the import issues: %1</source>
        <translation>Die Importprobleme können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../model/browse/importissuequery.cpp" line="77"/>
        <source>Cancelled: no file was written.</source>
        <translation>Abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>swb::ImportIssuesDialog</name>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="24"/>
        <source>Import Issues</source>
        <translation>Importprobleme</translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="26"/>
        <source>Reading the issues…</source>
        <translation>Die Probleme werden gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="37"/>
        <source>&amp;Save as CSV…</source>
        <translation>Als CSV &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="44"/>
        <source>Reading the import issues</source>
        <translation>Importprobleme werden gelesen</translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="49"/>
        <source>Reading the issues was cancelled.</source>
        <translation>Das Lesen der Probleme wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="56"/>
        <source>The issues cannot be read: %1</source>
        <translation>Die Probleme können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="62"/>
        <source>The first %1 of %2 issues. Save them as CSV to see all.</source>
        <translation>Die ersten %1 von %2 Problemen. Speichern Sie sie als CSV, um alle zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importissuesdialog.cpp" line="64"/>
        <source>%Ln issue(s), in the order of their lines in the file.</source>
        <translation>
            <numerusform>%Ln Problem, nach Zeilen in der Datei geordnet.</numerusform>
            <numerusform>%Ln Probleme, nach Zeilen in der Datei geordnet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="72"/>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="73"/>
        <source>%1-issues.csv</source>
        <translation>%1-probleme.csv</translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="75"/>
        <location filename="../ui/import/importissuesdialog.cpp" line="92"/>
        <location filename="../ui/import/importissuesdialog.cpp" line="97"/>
        <source>Save Import Issues</source>
        <translation>Importprobleme speichern</translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="75"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="84"/>
        <source>Saving the import issues</source>
        <translation>Importprobleme werden gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="93"/>
        <source>The issues could not be saved to %1: %2
Choose another folder or file name.</source>
        <translation>Die Probleme konnten nicht in %1 gespeichert werden: %2
Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importissuesdialog.cpp" line="98"/>
        <source>%Ln issue(s) saved to %1.</source>
        <translation>
            <numerusform>%Ln Problem in %1 gespeichert.</numerusform>
            <numerusform>%Ln Probleme in %1 gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::ImportIssuesModel</name>
    <message>
        <location filename="../ui/import/importissuesmodel.cpp" line="41"/>
        <source>(whole row)</source>
        <translation>(ganze Zeile)</translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesmodel.cpp" line="57"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesmodel.cpp" line="59"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesmodel.cpp" line="61"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesmodel.cpp" line="63"/>
        <source>Value in the file</source>
        <translation>Wert in der Datei</translation>
    </message>
</context>
<context>
    <name>swb::ImportPipeline</name>
    <message>
        <location filename="../model/import/importpipeline.cpp" line="271"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../model/import/importpipeline.cpp" line="355"/>
        <source>The value holds bytes that are not valid UTF-8; each was replaced by U+FFFD.</source>
        <translation>Der Wert enthält Bytes, die kein gültiges UTF-8 sind; jedes wurde durch U+FFFD ersetzt.</translation>
    </message>
    <message>
        <location filename="../model/import/importpipeline.cpp" line="214"/>
        <source>A quoted field that starts in this record is not closed before the end of the file; the record was not imported.</source>
        <translation>Ein Feld in Anführungszeichen, das in diesem Datensatz beginnt, wird bis zum Dateiende nicht geschlossen; der Datensatz wurde nicht importiert.</translation>
    </message>
    <message>
        <location filename="../model/import/importpipeline.cpp" line="217"/>
        <source>A quoted field that starts on line %1 runs to line %2 and holds %3 line(s) that look like whole records: a quote is probably not closed where it should be. Lines %1 to %2 were not imported; check the quotes on line %1.</source>
        <translation>Ein Feld in Anführungszeichen, das in Zeile %1 beginnt, reicht bis Zeile %2 und enthält %3 Zeile(n), die wie ganze Datensätze aussehen: Wahrscheinlich ist ein Anführungszeichen nicht dort geschlossen, wo es sein sollte. Die Zeilen %1 bis %2 wurden nicht importiert; prüfen Sie die Anführungszeichen in Zeile %1.</translation>
    </message>
    <message>
        <location filename="../model/import/importpipeline.cpp" line="222"/>
        <source>The record has %1 fields but the header has %2; the record was not imported.</source>
        <translation>Der Datensatz hat %1 Felder, die Kopfzeile aber %2; der Datensatz wurde nicht importiert.</translation>
    </message>
    <message>
        <location filename="../model/import/importpipeline.cpp" line="230"/>
        <source>The value started with a byte order mark (U+FEFF), which was removed.</source>
        <translation>Der Wert begann mit einem Byte-Order-Mark (U+FEFF), das entfernt wurde.</translation>
    </message>
    <message>
        <location filename="../model/import/importpipeline.cpp" line="236"/>
        <source>Text follows the closing quote of this value; the value was kept as read. Check the quotes on this line.</source>
        <translation>Auf das schließende Anführungszeichen dieses Werts folgt Text; der Wert wurde wie gelesen übernommen. Prüfen Sie die Anführungszeichen in dieser Zeile.</translation>
    </message>
    <message>
        <location filename="../model/import/importpipeline.cpp" line="243"/>
        <source>The quoted value starting on line %1 runs over %2 lines, to line %3; check that its closing quote is where it should be.</source>
        <translation>Der Wert in Anführungszeichen ab Zeile %1 reicht über %2 Zeilen bis Zeile %3; prüfen Sie, ob sein schließendes Anführungszeichen an der richtigen Stelle steht.</translation>
    </message>
    <message>
        <location filename="../model/import/importpipeline.cpp" line="397"/>
        <source>&quot;%1&quot; is not a valid %2 value for this column; NULL was stored.</source>
        <translation>„%1“ ist kein gültiger Wert vom Typ %2 für diese Spalte; es wurde NULL gespeichert.</translation>
    </message>
</context>
<context>
    <name>swb::ImportPreviewPage</name>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="28"/>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="30"/>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="32"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="34"/>
        <source>pipe</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="73"/>
        <source>Check what was detected</source>
        <translation>Erkanntes prüfen</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="74"/>
        <source>Correct the delimiter, encoding or header row if the columns look wrong, and each column&apos;s name, type, role and personal-data flag. Changed values are shown in bold.</source>
        <translation>Korrigieren Sie Trennzeichen, Kodierung oder Kopfzeile, wenn die Spalten falsch aussehen, und Name, Typ, Rolle und Personenbezug jeder Spalte. Geänderte Werte sind fett.</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="82"/>
        <location filename="../ui/import/importpreviewpage.cpp" line="89"/>
        <location filename="../ui/import/importpreviewpage.cpp" line="97"/>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="83"/>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="84"/>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="85"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="86"/>
        <source>Pipe ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="90"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="91"/>
        <source>UTF-16 (little endian)</source>
        <translation>UTF-16 (Little Endian)</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="92"/>
        <source>UTF-16 (big endian)</source>
        <translation>UTF-16 (Big Endian)</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="93"/>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1)</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="94"/>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="98"/>
        <source>First row is the header</source>
        <translation>Erste Zeile ist die Kopfzeile</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="99"/>
        <source>No header row</source>
        <translation>Keine Kopfzeile</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="107"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="108"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="109"/>
        <source>&amp;Header:</source>
        <translation>K&amp;opfzeile:</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="197"/>
        <source>Reading the file was stopped.</source>
        <translation>Das Lesen der Datei wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="236"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="241"/>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="253"/>
        <source>This file cannot be read: %1</source>
        <translation>Diese Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="257"/>
        <source>the first row is the header</source>
        <translation>die erste Zeile ist die Kopfzeile</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="257"/>
        <source>no header row</source>
        <translation>keine Kopfzeile</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importpreviewpage.cpp" line="258"/>
        <source>Detected: %1 encoding, %2 delimiter, %3. %Ln column(s); the first rows are shown below.</source>
        <translation>
            <numerusform>Erkannt: Kodierung %1, Trennzeichen %2, %3. %Ln Spalte; die ersten Zeilen stehen unten.</numerusform>
            <numerusform>Erkannt: Kodierung %1, Trennzeichen %2, %3. %Ln Spalten; die ersten Zeilen stehen unten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::ImportRowsModel</name>
    <message>
        <location filename="../ui/import/importrowsmodel.cpp" line="66"/>
        <source>(skipped)</source>
        <translation>(ausgelassen)</translation>
    </message>
</context>
<context>
    <name>swb::ImportRunPage</name>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="21"/>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="22"/>
        <source>The file is read and checked value by value. You can keep working in the main window.</source>
        <translation>Die Datei wird Wert für Wert gelesen und geprüft. Sie können im Hauptfenster weiterarbeiten.</translation>
    </message>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="33"/>
        <source>Cancel Import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="51"/>
        <source>The whole file is read; writing the workspace…</source>
        <translation>Die ganze Datei ist gelesen; der Arbeitsbereich wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="53"/>
        <source>Read %1 of %2…</source>
        <translation>%1 von %2 gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="82"/>
        <source>Cancelling: undoing what was imported so far…</source>
        <translation>Wird abgebrochen: das bisher Importierte wird zurückgenommen…</translation>
    </message>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="97"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="104"/>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="113"/>
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="125"/>
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="131"/>
        <source>The import was cancelled. The workspace is unchanged. Go back to change the settings, or close the wizard.</source>
        <translation>Der Import wurde abgebrochen. Der Arbeitsbereich ist unverändert. Gehen Sie zurück, um die Einstellungen zu ändern, oder schließen Sie den Assistenten.</translation>
    </message>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="135"/>
        <source>The import failed and the workspace is unchanged.

%1

Go back to change the settings (delimiter, encoding, column types), then try again.</source>
        <translation>Der Import ist fehlgeschlagen; der Arbeitsbereich ist unverändert.

%1

Gehen Sie zurück, ändern Sie die Einstellungen (Trennzeichen, Kodierung, Spaltentypen) und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>swb::ImportSummaryPage</name>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="24"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="25"/>
        <source>The workspace holds the imported data now. Every value that was changed or rejected is listed below with its line in the file.</source>
        <translation>Der Arbeitsbereich enthält jetzt die importierten Daten. Jeder geänderte oder abgelehnte Wert steht unten mit seiner Zeile in der Datei.</translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="48"/>
        <source>Show &amp;All Issues…</source>
        <translation>&amp;Alle Probleme zeigen…</translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="49"/>
        <source>&amp;Save Issues as CSV…</source>
        <translation>Probleme als &amp;CSV speichern…</translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="56"/>
        <source>Issues</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="60"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="60"/>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="60"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="60"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="60"/>
        <source>Empty cells</source>
        <translation>Leere Zellen</translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="66"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importsummarypage.cpp" line="84"/>
        <source>Imported %Ln order(s) from %1 in %2 s.</source>
        <translation>
            <numerusform>%Ln Bestellung aus %1 in %2 s importiert.</numerusform>
            <numerusform>%Ln Bestellungen aus %1 in %2 s importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importsummarypage.cpp" line="87"/>
        <source>%Ln customer(s) appeared only in the orders file and were added.</source>
        <translation>
            <numerusform>%Ln Kunde kam nur in der Bestelldatei vor und wurde angelegt.</numerusform>
            <numerusform>%Ln Kunden kamen nur in der Bestelldatei vor und wurden angelegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importsummarypage.cpp" line="91"/>
        <source>%Ln order(s) have no customer key; they are kept but count for no customer.</source>
        <translation>
            <numerusform>%Ln Bestellung hat keinen Kundenschlüssel; sie bleibt erhalten, zählt aber für keinen Kunden.</numerusform>
            <numerusform>%Ln Bestellungen haben keinen Kundenschlüssel; sie bleiben erhalten, zählen aber für keinen Kunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importsummarypage.cpp" line="94"/>
        <source>Imported %Ln customer(s) from %1 in %2 s.</source>
        <translation>
            <numerusform>%Ln Kunde aus %1 in %2 s importiert.</numerusform>
            <numerusform>%Ln Kunden aus %1 in %2 s importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="97"/>
        <source>%1 new, %2 updated.</source>
        <translation>%1 neu, %2 aktualisiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importsummarypage.cpp" line="101"/>
        <source>%Ln customer(s) that exist only in the orders were kept, so that every order keeps its customer.</source>
        <translation>
            <numerusform>%Ln Kunde, der nur in den Bestellungen vorkommt, wurde behalten, damit jede Bestellung ihren Kunden behält.</numerusform>
            <numerusform>%Ln Kunden, die nur in den Bestellungen vorkommen, wurden behalten, damit jede Bestellung ihren Kunden behält.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importsummarypage.cpp" line="106"/>
        <source>The file has %Ln data row(s); the rows not imported are listed as issues.</source>
        <translation>
            <numerusform>Die Datei hat %Ln Datenzeile; nicht importierte Zeilen stehen bei den Problemen.</numerusform>
            <numerusform>Die Datei hat %Ln Datenzeilen; nicht importierte Zeilen stehen bei den Problemen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="113"/>
        <source>No issues: every value was imported as it was in the file.</source>
        <translation>Keine Probleme: Jeder Wert wurde so importiert, wie er in der Datei stand.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importsummarypage.cpp" line="115"/>
        <source>%Ln value(s) or row(s) were changed or rejected. The first %1 are listed here; nothing is lost silently: all are kept in the workspace.</source>
        <translation>
            <numerusform>%Ln Wert oder Zeile wurde geändert oder abgelehnt; %1 davon stehen hier; nichts geht stillschweigend verloren: alles bleibt im Arbeitsbereich vermerkt.</numerusform>
            <numerusform>%Ln Werte oder Zeilen wurden geändert oder abgelehnt. Die ersten %1 stehen hier; nichts geht stillschweigend verloren: alle bleiben im Arbeitsbereich vermerkt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importsummarypage.cpp" line="120"/>
        <source>%Ln value(s) or row(s) were changed or rejected; each is listed with its line in the file and the reason.</source>
        <translation>
            <numerusform>%Ln Wert oder Zeile wurde geändert oder abgelehnt; er steht hier mit seiner Zeile in der Datei und dem Grund.</numerusform>
            <numerusform>%Ln Werte oder Zeilen wurden geändert oder abgelehnt; jeder steht hier mit seiner Zeile in der Datei und dem Grund.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::ImportTargetPage</name>
    <message>
        <location filename="../ui/import/importtargetpage.cpp" line="33"/>
        <source>Choose how to import</source>
        <translation>Art des Imports wählen</translation>
    </message>
    <message>
        <location filename="../ui/import/importtargetpage.cpp" line="34"/>
        <source>Nothing changes until the import has finished: cancelling or an error leaves the workspace as it was.</source>
        <translation>Bis der Import fertig ist, ändert sich nichts: Abbruch oder Fehler lassen den Arbeitsbereich unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/import/importtargetpage.cpp" line="36"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../ui/import/importtargetpage.cpp" line="39"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/import/importtargetpage.cpp" line="41"/>
        <source>&amp;Append</source>
        <translation>&amp;Anhängen</translation>
    </message>
    <message>
        <location filename="../ui/import/importtargetpage.cpp" line="43"/>
        <source>&amp;Update and add (upsert)</source>
        <translation>A&amp;ktualisieren und ergänzen (Upsert)</translation>
    </message>
    <message>
        <location filename="../ui/import/importtargetpage.cpp" line="51"/>
        <source>The file&apos;s rows replace the rows of this kind in the workspace. Segments and their static members are kept.</source>
        <translation>Die Zeilen der Datei ersetzen die Zeilen dieser Art im Arbeitsbereich. Segmente und ihre festen Mitglieder bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/import/importtargetpage.cpp" line="55"/>
        <source>The file&apos;s rows are added to the rows already there. New columns are added to the table.</source>
        <translation>Die Zeilen der Datei kommen zu den vorhandenen hinzu. Neue Spalten werden der Tabelle hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../ui/import/importtargetpage.cpp" line="59"/>
        <source>Rows whose customer key is already in the workspace are updated (an empty cell keeps the stored value); the others are added. Needs a column with the role &quot;Customer key&quot;.</source>
        <translation>Zeilen, deren Kundenschlüssel schon im Arbeitsbereich ist, werden aktualisiert (eine leere Zelle behält den gespeicherten Wert); die übrigen werden hinzugefügt. Braucht eine Spalte mit der Rolle „Kundenschlüssel“.</translation>
    </message>
    <message>
        <location filename="../ui/import/importtargetpage.cpp" line="64"/>
        <source>&amp;Stop at the first problem instead of recording it and going on</source>
        <translation>Beim ersten Problem a&amp;nhalten, statt es zu vermerken und weiterzumachen</translation>
    </message>
    <message>
        <location filename="../ui/import/importtargetpage.cpp" line="145"/>
        <source>No column has the role &quot;Customer key&quot;. Set it on the previous page to update customers by their key.</source>
        <translation>Keine Spalte hat die Rolle „Kundenschlüssel“. Legen Sie sie auf der vorigen Seite fest, um Kunden über ihren Schlüssel zu aktualisieren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importtargetpage.cpp" line="151"/>
        <source>%Ln column(s) of %1 will be imported as orders.</source>
        <translation>
            <numerusform>%Ln Spalte aus %1 wird als Bestellungen importiert.</numerusform>
            <numerusform>%Ln Spalten aus %1 werden als Bestellungen importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importtargetpage.cpp" line="152"/>
        <source>%Ln column(s) of %1 will be imported as customers.</source>
        <translation>
            <numerusform>%Ln Spalte aus %1 wird als Kunden importiert.</numerusform>
            <numerusform>%Ln Spalten aus %1 werden als Kunden importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/importtargetpage.cpp" line="154"/>
        <source>The workspace has no customers yet, so every mode imports the file as it is.</source>
        <translation>Der Arbeitsbereich hat noch keine Kunden, daher importiert jede Art die Datei unverändert.</translation>
    </message>
</context>
<context>
    <name>swb::ImportWizard</name>
    <message>
        <location filename="../ui/import/importwizard.cpp" line="19"/>
        <source>Import Data</source>
        <translation>Daten importieren</translation>
    </message>
</context>
<context>
    <name>swb::Importer</name>
    <message>
        <location filename="../model/import/importrun.cpp" line="214"/>
        <source>With the new columns of %1 the table %2 would have %3 columns; a workspace holds at most %4. Skip the columns you do not need, or import the file with the mode replace.</source>
        <translation>Mit den neuen Spalten von %1 hätte die Tabelle %2 %3 Spalten; ein Arbeitsbereich fasst höchstens %4. Überspringen Sie die Spalten, die Sie nicht brauchen, oder importieren Sie die Datei mit „Ersetzen“.</translation>
    </message>
    <message>
        <location filename="../model/import/importrun.cpp" line="220"/>
        <source>No column is left to import: every column is skipped.</source>
        <translation>Es bleibt keine Spalte zum Importieren übrig: Alle Spalten werden übersprungen.</translation>
    </message>
    <message>
        <location filename="../model/import/importrun.cpp" line="271"/>
        <source>Line %1: %2 Nothing was imported (strict mode stops at the first problem).</source>
        <translation>Zeile %1: %2 Es wurde nichts importiert (der strenge Modus hält beim ersten Problem an).</translation>
    </message>
    <message>
        <location filename="../model/import/importrun.cpp" line="273"/>
        <source>Line %1, column &quot;%2&quot;: %3 Nothing was imported (strict mode stops at the first problem).</source>
        <translation>Zeile %1, Spalte „%2“: %3 Es wurde nichts importiert (der strenge Modus hält beim ersten Problem an).</translation>
    </message>
    <message>
        <location filename="../model/import/importrun.cpp" line="331"/>
        <location filename="../model/import/importstream.cpp" line="161"/>
        <source>The customer key &quot;%1&quot; appears again (first on line %2); this record was not imported.</source>
        <translation>Der Kundenschlüssel „%1“ kommt erneut vor (zuerst in Zeile %2); dieser Datensatz wurde nicht importiert.</translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="67"/>
        <source>Upsert matches customers by their key; it is not available for orders. Import the orders with the mode append or replace.</source>
        <translation>Upsert ordnet Kunden über ihren Schlüssel zu und ist für Bestellungen nicht verfügbar. Importieren Sie die Bestellungen mit „Anhängen“ oder „Ersetzen“.</translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="72"/>
        <location filename="../model/import/importpass.cpp" line="75"/>
        <source>The workspace is busy or cannot be written: %1</source>
        <translation>Der Arbeitsbereich ist belegt oder nicht beschreibbar: %1</translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="140"/>
        <source>The customer key column &quot;%1&quot; of %2 is empty on all %3 order lines, so no order would belong to a customer; nothing was imported. Choose the column that holds the customer key: swb import --role COLUMN=customer_key (in the import wizard: the column&apos;s role).</source>
        <translation>Die Kundenschlüssel-Spalte „%1“ von %2 ist in allen %3 Bestellzeilen leer, daher gehörte keine Bestellung zu einem Kunden; es wurde nichts importiert. Wählen Sie die Spalte, die den Kundenschlüssel enthält: swb import --role SPALTE=customer_key (im Import-Assistenten: die Rolle der Spalte).</translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="150"/>
        <source>(none: no integer or text column)</source>
        <translation>(keine: keine Ganzzahl- oder Textspalte)</translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="151"/>
        <source>No column of %1 could be identified as the customer key, so none of its %2 order lines would belong to a customer; nothing was imported. Columns considered: %3. Name the customer key column with swb import --role COLUMN=customer_key (in the import wizard: the column&apos;s role).</source>
        <translation>Keine Spalte von %1 ließ sich als Kundenschlüssel erkennen, daher gehörte keine ihrer %2 Bestellzeilen zu einem Kunden; es wurde nichts importiert. Geprüfte Spalten: %3. Geben Sie die Kundenschlüssel-Spalte mit swb import --role SPALTE=customer_key an (im Import-Assistenten: die Rolle der Spalte).</translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="166"/>
        <source>Cannot write the import log: %1</source>
        <translation>Das Importprotokoll kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="191"/>
        <source>Upsert matches rows on the customer key &quot;%1&quot;, but the file has no such column. Add it to the file, or import with the mode replace.</source>
        <translation>Upsert ordnet Zeilen über den Kundenschlüssel „%1“ zu, aber die Datei hat keine solche Spalte. Ergänzen Sie sie in der Datei oder importieren Sie mit „Ersetzen“.</translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="194"/>
        <source>Upsert needs a customer key: the workspace has no column with the customer key role. Set one with swb fields --set-role COLUMN=customer_key or import with the mode append.</source>
        <translation>Upsert braucht einen Kundenschlüssel: Der Arbeitsbereich hat keine Spalte mit der Rolle „Kundenschlüssel“. Legen Sie eine mit swb fields --set-role SPALTE=customer_key fest oder importieren Sie mit „Anhängen“.</translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="201"/>
        <source>The customers in the workspace have the customer key column &quot;%1&quot;, but the file has no such column, so the appended customers would have no key. Add the column &quot;%1&quot; to the file, or import with the mode replace.</source>
        <translation>Die Kunden im Arbeitsbereich haben die Kundenschlüssel-Spalte „%1“, die Datei hat aber keine solche Spalte, sodass die angehängten Kunden keinen Schlüssel hätten. Ergänzen Sie die Spalte „%1“ in der Datei oder importieren Sie mit „Ersetzen“.</translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="212"/>
        <source>The customer key column &quot;%1&quot; of the workspace holds duplicates: %2</source>
        <translation>Die Kundenschlüssel-Spalte „%1“ des Arbeitsbereichs enthält Duplikate: %2</translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="319"/>
        <source>The customer key is empty; a customer added to the ones in the workspace needs one, so this record was not imported.</source>
        <translation>Der Kundenschlüssel ist leer; ein Kunde, der zu denen im Arbeitsbereich hinzukommt, braucht einen, daher wurde dieser Datensatz nicht importiert.</translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="351"/>
        <source>The customer key &quot;%1&quot; is already in the workspace or earlier in the file; this record was not imported.</source>
        <translation>Der Kundenschlüssel „%1“ ist bereits im Arbeitsbereich oder weiter oben in der Datei vorhanden; dieser Datensatz wurde nicht importiert.</translation>
    </message>
    <message>
        <location filename="../model/import/importer.cpp" line="134"/>
        <location filename="../model/import/importpass.cpp" line="52"/>
        <source>The import was cancelled; the workspace is unchanged.</source>
        <translation>Der Import wurde abgebrochen; der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="131"/>
        <source>Cannot save the import: %1</source>
        <translation>Der Import kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../model/import/importer.cpp" line="102"/>
        <source>Rows that go elsewhere than the workspace replace the table (mode replace).</source>
        <translation>Zeilen, die nicht in den Arbeitsbereich gehen, ersetzen die Tabelle (Modus replace).</translation>
    </message>
    <message>
        <location filename="../model/import/importer.cpp" line="111"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../model/import/importer.cpp" line="153"/>
        <source>The column types of %1 kept changing between passes; the import was stopped. Set the types of the columns explicitly.</source>
        <translation>Die Spaltentypen von %1 haben sich zwischen den Durchläufen immer wieder geändert; der Import wurde angehalten. Legen Sie die Spaltentypen ausdrücklich fest.</translation>
    </message>
    <message>
        <location filename="../model/import/importer.cpp" line="165"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>swb::JQueryQueryBuilder</name>
    <message>
        <location filename="../model/filter/jqueryquerybuilder.cpp" line="56"/>
        <source>A jQuery QueryBuilder rule needs a &quot;field&quot; (or &quot;id&quot;).</source>
        <translation>Eine Regel aus jQuery QueryBuilder braucht „field“ (oder „id“).</translation>
    </message>
    <message>
        <location filename="../model/filter/jqueryquerybuilder.cpp" line="64"/>
        <source>Unknown jQuery QueryBuilder operator &quot;%1&quot;.</source>
        <translation>Unbekannter Operator „%1“ von jQuery QueryBuilder.</translation>
    </message>
    <message>
        <location filename="../model/filter/jqueryquerybuilder.cpp" line="79"/>
        <source>Groups are nested more than %1 levels deep. Flatten the definition.</source>
        <translation>Gruppen sind mehr als %1 Ebenen tief verschachtelt. Vereinfachen Sie die Definition.</translation>
    </message>
    <message>
        <location filename="../model/filter/jqueryquerybuilder.cpp" line="84"/>
        <source>&quot;condition&quot; must be &quot;AND&quot; or &quot;OR&quot;.</source>
        <translation>„condition“ muss „AND“ oder „OR“ sein.</translation>
    </message>
    <message>
        <location filename="../model/filter/jqueryquerybuilder.cpp" line="91"/>
        <source>A group needs &quot;rules&quot;: a list of rules and groups.</source>
        <translation>Eine Gruppe braucht „rules“: eine Liste von Regeln und Gruppen.</translation>
    </message>
    <message>
        <location filename="../model/filter/jqueryquerybuilder.cpp" line="97"/>
        <source>A rule must be an object with &quot;field&quot;, &quot;operator&quot; and &quot;value&quot;.</source>
        <translation>Eine Regel muss ein Objekt mit „field“, „operator“ und „value“ sein.</translation>
    </message>
</context>
<context>
    <name>swb::JobIndicator</name>
    <message>
        <location filename="../ui/shell/jobindicator.cpp" line="30"/>
        <source>Cancel this job</source>
        <translation>Diesen Vorgang abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/shell/jobindicator.cpp" line="69"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/jobindicator.cpp" line="70"/>
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (und %n weiterer)</numerusform>
            <numerusform>%1 (und %n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::KpiCalculator</name>
    <message>
        <location filename="../model/analytics/kpicalculator.cpp" line="255"/>
        <location filename="../model/analytics/kpicalculator.cpp" line="304"/>
        <source>The workspace has no customers yet: import a customer file first.</source>
        <translation>Der Arbeitsbereich enthält noch keine Kunden: Importieren Sie zuerst eine Kundendatei.</translation>
    </message>
    <message>
        <location filename="../model/analytics/kpicalculator.cpp" line="182"/>
        <source>%1 (no numeric field has the role &quot;%2&quot;)</source>
        <translation>%1 (kein numerisches Feld hat die Rolle „%2“)</translation>
    </message>
    <message>
        <location filename="../model/analytics/kpicalculator.cpp" line="123"/>
        <source>The KPI computation was cancelled.</source>
        <translation>Die Berechnung der Kennzahlen wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../model/analytics/kpicalculator.cpp" line="194"/>
        <source>predicted_clv (run swb clv --save or Fit Models on the Customer value page and save a segment there)</source>
        <translation>predicted_clv (swb clv --save ausführen oder auf der Seite Kundenwert „Modelle schätzen“ wählen und dort ein Segment speichern)</translation>
    </message>
</context>
<context>
    <name>swb::KpiService</name>
    <message>
        <location filename="../model/analytics/kpiservice.cpp" line="22"/>
        <source>Computing KPIs</source>
        <translation>KPIs werden berechnet</translation>
    </message>
</context>
<context>
    <name>swb::KpiTableModel</name>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="175"/>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="178"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="211"/>
        <source>Every customer in the workspace</source>
        <translation>Jeder Kunde im Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="217"/>
        <source>Not available: no customer in this set has a value.</source>
        <translation>Nicht verfügbar: Kein Kunde dieser Menge hat einen Wert.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="219"/>
        <source>Not available: %1.</source>
        <translation>Nicht verfügbar: %1.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="220"/>
        <source>Not available: %1. Give a field this role in Fields.</source>
        <translation>Nicht verfügbar: %1. Geben Sie einem Feld diese Rolle unter Felder.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="231"/>
        <source>Lift: %1 (base = 100)</source>
        <translation>Lift: %1 (Basis = 100)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="233"/>
        <source>Customers without a value, left out: %1</source>
        <translation>Kunden ohne Wert, nicht berücksichtigt: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="285"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="286"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="287"/>
        <source>Share of base</source>
        <translation>Anteil an der Basis</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="288"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="289"/>
        <source>Share of revenue</source>
        <translation>Anteil am Umsatz</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="290"/>
        <source>Revenue per customer</source>
        <translation>Umsatz pro Kunde</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="291"/>
        <source>Avg. order value</source>
        <translation>Ø Bestellwert</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="292"/>
        <source>Orders per customer</source>
        <translation>Käufe pro Kunde</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="293"/>
        <source>Median recency (days)</source>
        <translation>Median Recency (Tage)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="294"/>
        <source>Churn rate</source>
        <translation>Churn-Rate</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="295"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="296"/>
        <source>CLV (historical)</source>
        <translation>CLV (historisch)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="297"/>
        <source>Predicted CLV</source>
        <translation>Vorhergesagter CLV</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="309"/>
        <source>Shaded by lift against all customers: blue and ▲ above, orange and ▼ below (100 = the same).</source>
        <translation>Eingefärbt nach Lift gegenüber allen Kunden: blau und ▲ darüber, orange und ▼ darunter (100 = gleich).</translation>
    </message>
</context>
<context>
    <name>swb::ListValueEditor</name>
    <message>
        <location filename="../ui/filter/editors/listvalueeditor.cpp" line="44"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location filename="../ui/filter/editors/listvalueeditor.cpp" line="64"/>
        <source>Add segment…</source>
        <translation>Segment hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/filter/editors/listvalueeditor.cpp" line="64"/>
        <source>Add values…</source>
        <translation>Werte hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/filter/editors/listvalueeditor.cpp" line="65"/>
        <source>Type a value and press Enter, or paste several separated by commas or new lines.</source>
        <translation>Geben Sie einen Wert ein und drücken Sie die Eingabetaste, oder fügen Sie mehrere durch Kommas oder Zeilenumbrüche getrennt ein.</translation>
    </message>
    <message>
        <location filename="../ui/filter/editors/listvalueeditor.cpp" line="76"/>
        <source>Choose from the saved segments</source>
        <translation>Aus den gespeicherten Segmenten wählen</translation>
    </message>
    <message>
        <location filename="../ui/filter/editors/listvalueeditor.cpp" line="77"/>
        <source>Choose from the values in the data</source>
        <translation>Aus den Werten in den Daten wählen</translation>
    </message>
    <message>
        <location filename="../ui/filter/editors/listvalueeditor.cpp" line="80"/>
        <source>No saved segments match.</source>
        <translation>Kein gespeichertes Segment passt.</translation>
    </message>
    <message>
        <location filename="../ui/filter/editors/listvalueeditor.cpp" line="80"/>
        <source>No values match.</source>
        <translation>Kein Wert passt.</translation>
    </message>
    <message>
        <location filename="../ui/filter/editors/listvalueeditor.cpp" line="237"/>
        <source>%1 (%2)</source>
        <extracomment>A value to choose and how many rows hold it, e.g. &quot;WHITE HEART (12)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/filter/editors/listvalueeditor.cpp" line="238"/>
        <source>%Ln row(s) hold this value</source>
        <translation>
            <numerusform>%Ln Zeile enthält diesen Wert</numerusform>
            <numerusform>%Ln Zeilen enthalten diesen Wert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::LiveCount</name>
    <message>
        <location filename="../ui/filter/livecount.cpp" line="76"/>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
</context>
<context>
    <name>swb::MainActions</name>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="41"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="42"/>
        <source>Create an empty workspace file</source>
        <translation>Eine leere Arbeitsbereichsdatei anlegen</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="43"/>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="44"/>
        <source>Open a workspace file (.sqlite)</source>
        <translation>Eine Arbeitsbereichsdatei (.sqlite) öffnen</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="45"/>
        <source>Connect to &amp;Server…</source>
        <translation>Mit &amp;Server verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="45"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="46"/>
        <source>Open a workspace on a PostgreSQL server</source>
        <translation>Einen Arbeitsbereich auf einem PostgreSQL-Server öffnen</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="47"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="49"/>
        <source>&amp;Close Workspace</source>
        <translation>Arbeitsbereich &amp;schließen</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="49"/>
        <source>Close the workspace</source>
        <translation>Den Arbeitsbereich schließen</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="50"/>
        <source>Create &amp;Demo Workspace</source>
        <translation>&amp;Demo-Arbeitsbereich anlegen</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="51"/>
        <source>Create a workspace with realistic sample customers and orders</source>
        <translation>Einen Arbeitsbereich mit realistischen Beispielkunden und -bestellungen anlegen</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="52"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="52"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="53"/>
        <source>Import customers or orders from a CSV file</source>
        <translation>Kunden oder Bestellungen aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="54"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="54"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="55"/>
        <source>Export customers to CSV, TSV, XLSX or JSON</source>
        <translation>Kunden als CSV, TSV, XLSX oder JSON exportieren</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="56"/>
        <source>Export &amp;Chart…</source>
        <translation>Dia&amp;gramm exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="57"/>
        <source>Save the Dashboard chart or table you last clicked as PNG, SVG or PDF</source>
        <translation>Das zuletzt angeklickte Diagramm oder die Tabelle der Übersicht als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="58"/>
        <source>Cop&amp;y Chart</source>
        <translation>Diagramm &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="59"/>
        <source>Copy the Dashboard chart you last clicked (the KPI table as text)</source>
        <translation>Das zuletzt angeklickte Diagramm der Übersicht kopieren (die Kennzahlentabelle als Text)</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="62"/>
        <source>Export &amp;Review Report…</source>
        <translation>Prüfbe&amp;richt exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="63"/>
        <source>Write the KPIs, charts and a page per segment as a PDF</source>
        <translation>Kennzahlen, Diagramme und eine Seite je Segment als PDF schreiben</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="65"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="68"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="71"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="72"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="73"/>
        <source>As-of date, interface language and fast opening</source>
        <translation>Stichtag, Sprache der Oberfläche und schnelles Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="75"/>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="76"/>
        <source>Read the workspace again</source>
        <translation>Den Arbeitsbereich neu einlesen</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="77"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="77"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="78"/>
        <source>Quit Segment Workbench</source>
        <translation>Segment Workbench beenden</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="81"/>
        <source>User &amp;Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="82"/>
        <source>Open the user guide</source>
        <translation>Benutzerhandbuch öffnen</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="84"/>
        <source>&amp;About Segment Workbench</source>
        <translation>Ü&amp;ber Segment Workbench</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="86"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="93"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="109"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="115"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="122"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="128"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
</context>
<context>
    <name>swb::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="97"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="103"/>
        <source>Opening the workspace was cancelled.</source>
        <translation>Das Öffnen des Arbeitsbereichs wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="106"/>
        <source>Demo Workspace</source>
        <translation>Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="137"/>
        <source>Segment Builder</source>
        <translation>Segment-Editor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="140"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="143"/>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="178"/>
        <source>Customers of the definition in the builder</source>
        <translation>Kunden der Definition im Segment-Editor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="179"/>
        <location filename="../ui/mainwindow.cpp" line="291"/>
        <source>Customers of the segment &quot;%1&quot;</source>
        <translation>Kunden des Segments „%1“</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="234"/>
        <source>Open Segment</source>
        <translation>Segment öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="538"/>
        <source>Data is imported into a workspace. Create a new workspace for it, or open one you already have.</source>
        <translation>Daten werden in einen Arbeitsbereich importiert. Legen Sie dafür einen neuen Arbeitsbereich an oder öffnen Sie einen vorhandenen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="541"/>
        <source>&amp;Create Workspace…</source>
        <translation>Arbeitsbereich &amp;anlegen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="542"/>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="663"/>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="663"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="216"/>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <source>Customer Value</source>
        <translation>Kundenwert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="260"/>
        <source>The segment builder has unsaved changes. Replace them anyway?</source>
        <translation>Der Segment-Editor hat ungespeicherte Änderungen. Trotzdem ersetzen?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="265"/>
        <source>Open in Segment Builder</source>
        <translation>Im Segment-Editor öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="283"/>
        <source>Reading the segment %1</source>
        <translation>Segment %1 wird gelesen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="312"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="376"/>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="385"/>
        <source>The segment builder has unsaved changes. Open %1 anyway?</source>
        <translation>Im Segment-Editor gibt es ungespeicherte Änderungen. %1 trotzdem öffnen?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="414"/>
        <source>Creating the demo workspace in %1…</source>
        <translation>Der Demo-Arbeitsbereich wird in %1 angelegt…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="420"/>
        <source>The segment builder has unsaved changes. Close the workspace anyway?</source>
        <translation>Im Segment-Editor gibt es ungespeicherte Änderungen. Den Arbeitsbereich trotzdem schließen?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="466"/>
        <source>Cannot Open Workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="467"/>
        <source>%1

Choose another workspace with File &gt; Open, or create a new one.</source>
        <translation>%1

Wählen Sie mit Datei &gt; Öffnen einen anderen Arbeitsbereich, oder legen Sie einen neuen an.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="475"/>
        <source>Segment Workbench</source>
        <translation>Segment Workbench</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="476"/>
        <source>%1 – Segment Workbench</source>
        <translation>%1 – Segment Workbench</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="489"/>
        <source>The import wizard</source>
        <translation>Der Import-Assistent</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="490"/>
        <source>Import customers or orders from a CSV file</source>
        <translation>Kunden oder Bestellungen aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="500"/>
        <source>Save &quot;%1&quot; as PNG, SVG or PDF</source>
        <translation>„%1“ als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="501"/>
        <source>Click a chart on the Dashboard first, then export it</source>
        <translation>Klicken Sie zuerst auf ein Diagramm in der Übersicht und exportieren Sie es dann</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="507"/>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="508"/>
        <source>Workspaces (%1);;All files (*)</source>
        <translation>Arbeitsbereiche (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="518"/>
        <location filename="../ui/mainwindow.cpp" line="524"/>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="518"/>
        <source>customers.sqlite</source>
        <translation>kunden.sqlite</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="519"/>
        <source>Workspaces (%1)</source>
        <translation>Arbeitsbereiche (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="525"/>
        <source>%1 already exists; it is opened as it is. To start from scratch, choose a new file name.</source>
        <translation>%1 gibt es schon; die Datei wird unverändert geöffnet. Für einen leeren Arbeitsbereich wählen Sie einen neuen Dateinamen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="537"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="569"/>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="572"/>
        <source>The customers shown in the table</source>
        <translation>Die Kunden in der Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="586"/>
        <source>Review report written to %1</source>
        <translation>Prüfbericht nach %1 geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="655"/>
        <source>No customers</source>
        <translation>Keine Kunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="660"/>
        <source>%Ln customer(s) match</source>
        <translation>
            <numerusform>%Ln Kunde passt</numerusform>
            <numerusform>%Ln Kunden passen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="677"/>
        <source>Storing the as-of date</source>
        <translation>Stichtag wird gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="686"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="709"/>
        <source>The segment builder has unsaved changes. Quit anyway?</source>
        <translation>Im Segment-Editor gibt es ungespeicherte Änderungen. Trotzdem beenden?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="720"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="721"/>
        <source>A background job is still running. Cancel it and quit? Cancelled imports leave the workspace as it was.</source>
        <translation>Im Hintergrund läuft noch ein Vorgang. Abbrechen und beenden? Ein abgebrochener Import lässt den Arbeitsbereich unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="732"/>
        <source>Cancelling the running jobs…</source>
        <translation>Laufende Vorgänge werden abgebrochen…</translation>
    </message>
</context>
<context>
    <name>swb::MatrixHeatmap</name>
    <message>
        <location filename="../ui/charts/matrixheatmap.cpp" line="326"/>
        <source>%1, %2: %3 customers</source>
        <extracomment>A heat-map cell&apos;s tooltip: row label, column label, customers.</extracomment>
        <translation>%1, %2: %3 Kunden</translation>
    </message>
    <message>
        <location filename="../ui/charts/matrixheatmap.cpp" line="330"/>
        <source>%1, %2 (%3): %4 customers</source>
        <extracomment>A heat-map cell&apos;s tooltip: row label, column label, the cell&apos;s group, customers.</extracomment>
        <translation>%1, %2 (%3): %4 Kunden</translation>
    </message>
</context>
<context>
    <name>swb::MultiSegmentExporter</name>
    <message>
        <location filename="../model/export/multisegment.cpp" line="129"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../model/export/multisegment.cpp" line="130"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../model/export/multisegment.cpp" line="131"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location filename="../model/export/multisegment.cpp" line="132"/>
        <source>Exported at</source>
        <translation>Exportiert am</translation>
    </message>
    <message>
        <location filename="../model/export/multisegment.cpp" line="133"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../model/export/multisegment.cpp" line="205"/>
        <source>Name at least one segment to export.</source>
        <translation>Nennen Sie mindestens ein Segment für den Export.</translation>
    </message>
    <message>
        <location filename="../model/export/multisegment.cpp" line="208"/>
        <source>The segment &quot;%1&quot; is named twice: name each segment once.</source>
        <translation>Das Segment „%1“ ist zweimal genannt: Nennen Sie jedes Segment einmal.</translation>
    </message>
    <message>
        <location filename="../model/export/multisegment.cpp" line="211"/>
        <source>A destination preset or suppression list writes one list: export one segment at a time, or choose the plain preset to export several segments together.</source>
        <translation>Eine Zielvorlage oder Sperrliste schreibt eine einzige Liste: Exportieren Sie ein Segment nach dem anderen, oder wählen Sie die Vorlage „plain“, um mehrere Segmente zusammen zu exportieren.</translation>
    </message>
    <message>
        <location filename="../model/export/multisegment.cpp" line="214"/>
        <source>One sheet per segment needs the XLSX format: choose XLSX, or a segments column or one column per segment.</source>
        <translation>Ein Blatt je Segment braucht das XLSX-Format: Wählen Sie XLSX, oder eine Segmentspalte oder eine Spalte je Segment.</translation>
    </message>
</context>
<context>
    <name>swb::NamedSelections</name>
    <message>
        <location filename="../model/browse/namedselection.cpp" line="24"/>
        <location filename="../model/browse/namedselection.cpp" line="44"/>
        <source>Cannot read the segment &quot;%1&quot;: %2</source>
        <translation>Das Segment „%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>swb::NumberSpinBox</name>
    <message>
        <location filename="../ui/filter/editors/numberspinbox.cpp" line="17"/>
        <source>Whole number</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <location filename="../ui/filter/editors/numberspinbox.cpp" line="17"/>
        <location filename="../ui/filter/editors/numberspinbox.cpp" line="24"/>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
</context>
<context>
    <name>swb::OperandConverter</name>
    <message>
        <location filename="../model/filter/operandconverter.cpp" line="59"/>
        <source>value &quot;%1&quot; is not a number, but %2 is a number field</source>
        <translation>der Wert „%1“ ist keine Zahl, aber %2 ist ein Zahlenfeld</translation>
    </message>
    <message>
        <location filename="../model/filter/operandconverter.cpp" line="86"/>
        <source>value &quot;%1&quot; is not yes or no; the yes/no field %2 takes true, false, 1, 0, yes or no</source>
        <translation>der Wert „%1“ ist kein Ja/Nein-Wert; das Ja/Nein-Feld %2 akzeptiert true, false, 1, 0, yes oder no</translation>
    </message>
    <message>
        <location filename="../model/filter/operandconverter.cpp" line="102"/>
        <source>value %1 is not text, but %2 is a text field; put the value in quotes</source>
        <translation>der Wert %1 ist kein Text, aber %2 ist ein Textfeld; setzen Sie den Wert in Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../model/filter/operandconverter.cpp" line="122"/>
        <source>value &quot;%1&quot; is not a date; the date field %2 takes dates as YYYY-MM-DD</source>
        <translation>der Wert „%1“ ist kein Datum; das Datumsfeld %2 akzeptiert Datumsangaben als JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../model/filter/operandconverter.cpp" line="125"/>
        <source>value &quot;%1&quot; is not a date; the date and time field %2 takes YYYY-MM-DD or YYYY-MM-DD HH:MM:SS</source>
        <translation>der Wert „%1“ ist kein Datum; das Feld %2 (Datum und Uhrzeit) akzeptiert JJJJ-MM-TT oder JJJJ-MM-TT HH:MM:SS</translation>
    </message>
    <message>
        <location filename="../model/filter/operandconverter.cpp" line="155"/>
        <source>a value of %1 is missing or is not a single value</source>
        <translation>ein Wert von %1 fehlt oder ist kein Einzelwert</translation>
    </message>
    <message>
        <location filename="../model/filter/operandconverter.cpp" line="174"/>
        <source>the text of &quot;%1&quot; is longer than %2 characters; shorten it</source>
        <translation>der Text von „%1“ ist länger als %2 Zeichen; kürzen Sie ihn</translation>
    </message>
</context>
<context>
    <name>swb::OperatorPicker</name>
    <message>
        <location filename="../ui/filter/rows/operatorpicker.cpp" line="10"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/operatorpicker.cpp" line="59"/>
        <source>In the definition: &quot;%1&quot;</source>
        <extracomment>Tooltip of an operator: its name in the saved definition (JSON)</extracomment>
        <translation>In der Definition: „%1“</translation>
    </message>
</context>
<context>
    <name>swb::OrderDerivedFields</name>
    <message>
        <location filename="../model/import/orderderivedfields.cpp" line="34"/>
        <source>The workspace has no orders and customers yet. Import an orders file first.</source>
        <translation>Der Arbeitsbereich hat noch keine Bestellungen und Kunden. Importieren Sie zuerst eine Bestelldatei.</translation>
    </message>
    <message>
        <location filename="../model/import/orderderivedfields.cpp" line="42"/>
        <source>The orders or the customers have no customer key column. Set the Customer key role (swb fields --set-role COLUMN=customer_key).</source>
        <translation>Die Bestellungen oder die Kunden haben keine Kundenschlüssel-Spalte. Vergeben Sie die Rolle Kundenschlüssel (swb fields --set-role SPALTE=customer_key).</translation>
    </message>
    <message>
        <location filename="../model/import/orderderivedfields.cpp" line="143"/>
        <source>%1 (latest order)</source>
        <extracomment>The header of a customer field derived from an order column: its value on the customer&apos;s latest order.</extracomment>
        <translation>%1 (letzte Bestellung)</translation>
    </message>
    <message>
        <location filename="../model/import/orderderivedfields.cpp" line="145"/>
        <source>%1 (first order)</source>
        <translation>%1 (erste Bestellung)</translation>
    </message>
    <message>
        <location filename="../model/import/orderderivedfields.cpp" line="147"/>
        <source>%1 (most orders)</source>
        <translation>%1 (meiste Bestellungen)</translation>
    </message>
    <message>
        <location filename="../model/import/orderderivedfields.cpp" line="150"/>
        <source>%1 (distinct values)</source>
        <extracomment>The number of distinct values of an order column among a customer&apos;s orders, e.g. &quot;Country (distinct)&quot;.</extracomment>
        <translation>%1 (verschiedene Werte)</translation>
    </message>
    <message>
        <location filename="../model/import/orderderivedfields.cpp" line="191"/>
        <source>A derived field is NAME=KIND:COLUMN (e.g. country=last:Country), not &quot;%1&quot;.</source>
        <translation>Ein abgeleitetes Feld wird als NAME=ART:SPALTE angegeben (z. B. country=last:Country), nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../model/import/orderderivedfields.cpp" line="197"/>
        <source>Unknown kind &quot;%1&quot; of a derived field: use %2.</source>
        <translation>Unbekannte Art „%1“ eines abgeleiteten Felds: verwenden Sie %2.</translation>
    </message>
    <message>
        <location filename="../model/import/orderderivedfields.cpp" line="222"/>
        <source>Name the new customer field.</source>
        <translation>Geben Sie dem neuen Kundenfeld einen Namen.</translation>
    </message>
    <message>
        <location filename="../model/import/orderderivedfields.cpp" line="229"/>
        <source>The orders have no column &quot;%1&quot;. Their columns: %2.</source>
        <translation>Die Bestellungen haben keine Spalte „%1“. Ihre Spalten: %2.</translation>
    </message>
    <message>
        <location filename="../model/import/orderderivedfields.cpp" line="238"/>
        <source>The customers already have a column &quot;%1&quot;; choose another name for the derived field.</source>
        <translation>Die Kunden haben bereits eine Spalte „%1“; wählen Sie für das abgeleitete Feld einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../model/import/orderderivedfields.cpp" line="278"/>
        <source>There is no customer field &quot;%1&quot; derived from the orders.</source>
        <translation>Es gibt kein aus den Bestellungen abgeleitetes Kundenfeld „%1“.</translation>
    </message>
</context>
<context>
    <name>swb::OrderLines</name>
    <message>
        <location filename="../model/analytics/orderlines.cpp" line="38"/>
        <source>The customers have no customer key column that holds only texts or only whole numbers, so their orders cannot be matched. Set the Customer key role on the column that identifies a customer.</source>
        <translation>Die Kunden haben keine Kundenschlüssel-Spalte, die nur Texte oder nur ganze Zahlen enthält, daher lassen sich ihre Bestellungen nicht zuordnen. Weisen Sie der Spalte, die einen Kunden kennzeichnet, die Rolle Kundenschlüssel zu.</translation>
    </message>
    <message>
        <location filename="../model/analytics/orderlines.cpp" line="308"/>
        <source>The workspace has no orders. Import an orders file (swb import FILE --kind orders) to see how segments developed over time.</source>
        <translation>Der Arbeitsbereich enthält keine Bestellungen. Importieren Sie eine Bestelldatei (swb import DATEI --kind orders), um zu sehen, wie sich Segmente entwickelt haben.</translation>
    </message>
    <message>
        <location filename="../model/analytics/orderlines.cpp" line="314"/>
        <source>The orders have no customer key column. Set the Customer key role on the orders column that names the customer.</source>
        <translation>Die Bestellungen haben keine Kundenschlüssel-Spalte. Weisen Sie der Bestellspalte, die den Kunden nennt, die Rolle Kundenschlüssel zu.</translation>
    </message>
    <message>
        <location filename="../model/analytics/orderlines.cpp" line="319"/>
        <source>The orders have no order date column, so they cannot be placed in time. Set the Order date role on the column with the order dates.</source>
        <translation>Die Bestellungen haben keine Bestelldatum-Spalte und lassen sich daher zeitlich nicht einordnen. Weisen Sie der Spalte mit den Bestelldaten die Rolle Bestelldatum zu.</translation>
    </message>
    <message>
        <location filename="../model/analytics/orderlines.cpp" line="324"/>
        <source>The orders have no amount column, and no quantity and unit price columns. Set the Amount role (or the Quantity and Unit price roles) on the orders&apos; columns.</source>
        <translation>Die Bestellungen haben weder eine Betragsspalte noch Spalten für Menge und Stückpreis. Weisen Sie den Bestellspalten die Rolle Betrag (oder die Rollen Menge und Stückpreis) zu.</translation>
    </message>
    <message>
        <location filename="../model/analytics/orderlines.cpp" line="369"/>
        <source>Cannot read the orders: %1</source>
        <translation>Die Bestellungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../model/analytics/orderlines.cpp" line="374"/>
        <source>Reading the orders was canceled.</source>
        <translation>Das Lesen der Bestellungen wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../model/analytics/orderlines.cpp" line="396"/>
        <source>An order line has the amount %1, beyond the ±1,000,000,000,000 that amounts are added up exactly to; the back-calculation does not take such amounts.</source>
        <translation>Eine Bestellzeile hat den Betrag %1, jenseits der ±1.000.000.000.000, bis zu denen Beträge exakt addiert werden; die Rückrechnung nimmt solche Beträge nicht an.</translation>
    </message>
</context>
<context>
    <name>swb::OrderRulePanel</name>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="24"/>
        <source>of</source>
        <translation>von</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="27"/>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="34"/>
        <source>Number of orders</source>
        <extracomment>Measure of an order rule: how many orders a customer has</extracomment>
        <translation>Anzahl Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="35"/>
        <source>Total amount</source>
        <translation>Gesamtbetrag</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="36"/>
        <source>Distinct values</source>
        <translation>Verschiedene Werte</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="37"/>
        <source>First order date</source>
        <translation>Erste Bestellung am</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="38"/>
        <source>Last order date</source>
        <translation>Letzte Bestellung am</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="39"/>
        <source>What is compared: of each customer&apos;s order lines that match the condition below</source>
        <translation>Was verglichen wird: aus den Bestellpositionen jedes Kunden, die die Bedingung darunter erfüllen</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="40"/>
        <source>The order column whose distinct values are counted</source>
        <translation>Die Bestellspalte, deren verschiedene Werte gezählt werden</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="41"/>
        <source>Choose a column…</source>
        <translation>Spalte wählen…</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="44"/>
        <source>at any time</source>
        <extracomment>Time window of an order rule: every order counts</extracomment>
        <translation>jederzeit</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="45"/>
        <source>in the last</source>
        <translation>in den letzten</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="46"/>
        <source>from</source>
        <translation>ab</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="47"/>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="48"/>
        <source>between</source>
        <translation>zwischen</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="49"/>
        <source>Which order dates count (whole days, both ends included)</source>
        <translation>Welche Bestelldaten zählen (ganze Tage, beide Enden eingeschlossen)</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="51"/>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="106"/>
        <source>Has no orders</source>
        <translation>Keine Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="52"/>
        <source>Select the customers without such orders (number of orders is 0)</source>
        <translation>Die Kunden ohne solche Bestellungen auswählen (Anzahl Bestellungen ist 0)</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="71"/>
        <source>Orders placed</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="78"/>
        <source>Only order lines where:</source>
        <translation>Nur Bestellpositionen, bei denen:</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="92"/>
        <source>Choose measure %1</source>
        <translation>Kennzahl %1 wählen</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="96"/>
        <source>Choose column %1</source>
        <translation>Spalte %1 wählen</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="100"/>
        <source>Choose time window %1</source>
        <translation>Zeitraum %1 wählen</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="106"/>
        <source>Has orders</source>
        <translation>Hat Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="215"/>
        <source>Edit time window</source>
        <translation>Zeitraum bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="240"/>
        <source>Edit order condition</source>
        <translation>Bestellbedingung bearbeiten</translation>
    </message>
</context>
<context>
    <name>swb::OrderRules</name>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="18"/>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="52"/>
        <source>measure &quot;sum&quot; needs the amount of each order line, but the orders have no amount column and no quantity and unit price columns; set their roles with swb fields</source>
        <translation>das Maß „sum“ braucht den Betrag jeder Bestellposition, aber die Bestellungen haben weder eine Betragsspalte noch Spalten für Menge und Stückpreis; setzen Sie ihre Rollen mit swb fields</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="57"/>
        <source>measure %1 needs the order date, but the orders have no order date column; set its role with swb fields</source>
        <translation>das Maß %1 braucht das Bestelldatum, aber die Bestellungen haben keine Bestelldatumsspalte; setzen Sie ihre Rolle mit swb fields</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="65"/>
        <source>measure %1: the orders have no column %2; use one of %3</source>
        <translation>Maß %1: die Bestellungen haben keine Spalte %2; verwenden Sie eine von %3</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="69"/>
        <source>unknown measure %1; use &quot;count&quot;, &quot;sum&quot;, &quot;distinct:COLUMN&quot;, &quot;first_date&quot; or &quot;last_date&quot;</source>
        <translation>unbekanntes Maß %1; verwenden Sie „count“, „sum“, „distinct:SPALTE“, „first_date“ oder „last_date“</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="81"/>
        <source>&quot;window&quot; must be an object: {&quot;inLastDays&quot;: N}, {&quot;from&quot;: &quot;YYYY-MM-DD&quot;}, {&quot;to&quot;: &quot;YYYY-MM-DD&quot;} or both dates</source>
        <translation>„window“ muss ein Objekt sein: {&quot;inLastDays&quot;: N}, {&quot;from&quot;: &quot;JJJJ-MM-TT&quot;}, {&quot;to&quot;: &quot;JJJJ-MM-TT&quot;} oder beide Daten</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="87"/>
        <source>&quot;window&quot; has the unknown key %1; use &quot;inLastDays&quot;, or &quot;from&quot; and &quot;to&quot;</source>
        <translation>„window“ hat den unbekannten Schlüssel %1; verwenden Sie „inLastDays“ oder „from“ und „to“</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="93"/>
        <source>&quot;window&quot; needs the order date, but the orders have no order date column; set its role with swb fields</source>
        <translation>„window“ braucht das Bestelldatum, aber die Bestellungen haben keine Bestelldatumsspalte; setzen Sie ihre Rolle mit swb fields</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="117"/>
        <source>&quot;window&quot; takes either &quot;inLastDays&quot; or &quot;from&quot;/&quot;to&quot;, not both</source>
        <translation>„window“ nimmt entweder „inLastDays“ oder „from“/„to“, nicht beides</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="121"/>
        <source>&quot;window&quot;: &quot;inLastDays&quot; needs a whole number of days from 0 to %1, not &quot;%2&quot;</source>
        <translation>„window“: „inLastDays“ braucht eine ganze Zahl von Tagen von 0 bis %1, nicht „%2“</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="124"/>
        <source>&quot;window&quot;: &quot;inLastDays&quot; needs the workspace&apos;s as-of date, which is not set</source>
        <translation>„window“: „inLastDays“ braucht das Stichtagsdatum des Arbeitsbereichs, das nicht gesetzt ist</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="139"/>
        <source>&quot;window&quot;: %1 must be a date YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>„window“: %1 muss ein Datum JJJJ-MM-TT sein, nicht „%2“</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="147"/>
        <source>&quot;window&quot;: &quot;from&quot; (%1) is after &quot;to&quot; (%2); swap them</source>
        <translation>„window“: „from“ (%1) liegt nach „to“ (%2); vertauschen Sie sie</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="161"/>
        <source>number of orders</source>
        <translation>Anzahl der Bestellungen</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="165"/>
        <source>amount spent</source>
        <translation>ausgegebener Betrag</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="169"/>
        <source>number of distinct values</source>
        <translation>Anzahl verschiedener Werte</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="174"/>
        <source>first order date</source>
        <translation>Datum der ersten Bestellung</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="175"/>
        <source>last order date</source>
        <translation>Datum der letzten Bestellung</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="221"/>
        <source>&quot;%1&quot; needs two values</source>
        <translation>„%1“ braucht zwei Werte</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="226"/>
        <source>&quot;%1&quot; needs one value: a number, or a date YYYY-MM-DD for &quot;first_date&quot; and &quot;last_date&quot;</source>
        <translation>„%1“ braucht einen Wert: eine Zahl, oder ein Datum JJJJ-MM-TT für „first_date“ und „last_date“</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="239"/>
        <source>value &quot;%1&quot; is not a date; %2 takes a date as YYYY-MM-DD, without a time</source>
        <translation>der Wert „%1“ ist kein Datum; %2 nimmt ein Datum als JJJJ-MM-TT, ohne Uhrzeit</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="271"/>
        <source>operator &quot;%1&quot; is not valid for &quot;@orders&quot;; use =, !=, &lt;, &gt;, &lt;=, &gt;=, between or notBetween</source>
        <translation>der Operator „%1“ ist für „@orders“ nicht gültig; verwenden Sie =, !=, &lt;, &gt;, &lt;=, &gt;=, between oder notBetween</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="278"/>
        <source>the workspace has no orders; import an orders file before using &quot;@orders&quot;</source>
        <translation>der Arbeitsbereich hat keine Bestellungen; importieren Sie eine Bestelldatei, bevor Sie „@orders“ verwenden</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="279"/>
        <source>the orders have no customer key column, so they cannot be matched to customers; set its role with swb fields</source>
        <translation>die Bestellungen haben keine Kundenschlüsselspalte und können daher keinen Kunden zugeordnet werden; setzen Sie ihre Rolle mit swb fields</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="284"/>
        <source>the customers have no customer key column, so orders cannot be matched to them; set its role with swb fields</source>
        <translation>die Kunden haben keine Kundenschlüsselspalte, daher können ihnen keine Bestellungen zugeordnet werden; setzen Sie ihre Rolle mit swb fields</translation>
    </message>
</context>
<context>
    <name>swb::OrderStore</name>
    <message>
        <location filename="../model/filter/orderstore.cpp" line="81"/>
        <source>The workspace has no orders.</source>
        <translation>Der Arbeitsbereich hat keine Bestellungen.</translation>
    </message>
    <message>
        <location filename="../model/filter/orderstore.cpp" line="85"/>
        <source>The orders or the customers have no customer key column.</source>
        <translation>Die Bestellungen oder die Kunden haben keine Kundenschlüssel-Spalte.</translation>
    </message>
    <message>
        <location filename="../model/filter/orderstore.cpp" line="123"/>
        <location filename="../model/filter/orderstore.cpp" line="140"/>
        <source>The orders changed while they were read. Count again.</source>
        <translation>Die Bestellungen haben sich beim Lesen geändert. Zählen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../model/filter/orderstore.cpp" line="135"/>
        <source>Loading was canceled.</source>
        <translation>Das Laden wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>swb::OrdersAggregator</name>
    <message>
        <location filename="../model/import/ordersaggregator.cpp" line="223"/>
        <source>The orders have no amount column, and no quantity and unit price columns, so revenue cannot be computed. Name the columns (e.g. &quot;Amount&quot;, or &quot;Quantity&quot; and &quot;UnitPrice&quot;) or set their roles with an override.</source>
        <translation>Die Bestellungen haben weder eine Betragsspalte noch Spalten für Menge und Stückpreis, daher lässt sich der Umsatz nicht berechnen. Benennen Sie die Spalten entsprechend (z.&#xa0;B. „Betrag“ oder „Menge“ und „Stückpreis“) oder legen Sie ihre Rollen ausdrücklich fest.</translation>
    </message>
</context>
<context>
    <name>swb::OverlapService</name>
    <message>
        <location filename="../model/analytics/overlapservice.cpp" line="20"/>
        <source>Comparing segment overlaps</source>
        <translation>Überschneidungen der Segmente werden verglichen</translation>
    </message>
</context>
<context>
    <name>swb::PairValueEditor</name>
    <message>
        <location filename="../ui/filter/editors/pairvalueeditor.cpp" line="21"/>
        <source>and</source>
        <extracomment>Between the two values of &quot;is between 10 and 20&quot;</extracomment>
        <translation>und</translation>
    </message>
</context>
<context>
    <name>swb::PgConnection</name>
    <message>
        <location filename="../model/postgres/pgconnection.cpp" line="28"/>
        <source>This role may only read this workspace; saving or importing needs a role that may write its tables (the server said: %1)</source>
        <translation>Diese Rolle darf diesen Arbeitsbereich nur lesen; Speichern oder Importieren braucht eine Rolle, die seine Tabellen schreiben darf (der Server meldete: %1)</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgconnection.cpp" line="132"/>
        <source>The connection to the server was lost. Nothing of what was running is kept (an import or a save is one transaction on the server). Check that the server runs, then try again. (%1)</source>
        <translation>Die Verbindung zum Server ist abgebrochen. Von dem, was lief, bleibt nichts erhalten (ein Import oder ein Speichern ist eine Transaktion auf dem Server). Prüfen Sie, ob der Server läuft, und versuchen Sie es erneut. (%1)</translation>
    </message>
</context>
<context>
    <name>swb::PgCredentials</name>
    <message>
        <location filename="../model/postgres/pgcredentials.cpp" line="46"/>
        <source>The server refused the password. Check the user and the password and connect again.</source>
        <translation>Der Server hat das Passwort abgelehnt. Prüfen Sie Benutzer und Passwort und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgcredentials.cpp" line="48"/>
        <source>The server asks for a password. Give it in File → Connect to Server… (or in ~/.pgpass).</source>
        <translation>Der Server verlangt ein Passwort. Geben Sie es unter Datei → Mit Server verbinden… an (oder in ~/.pgpass).</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgcredentials.cpp" line="50"/>
        <source>No PostgreSQL server answers at this host and port. Check both, and that the server runs and accepts connections from this computer.</source>
        <translation>Unter diesem Host und Port antwortet kein PostgreSQL-Server. Prüfen Sie beide und ob der Server läuft und Verbindungen von diesem Computer annimmt.</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgcredentials.cpp" line="53"/>
        <source>The server did not answer in time. Check the host name and the network.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Prüfen Sie den Hostnamen und das Netzwerk.</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgcredentials.cpp" line="55"/>
        <source>The host name is unknown. Check its spelling.</source>
        <translation>Der Hostname ist unbekannt. Prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgcredentials.cpp" line="57"/>
        <source>The server has no database of this name. Check the database, or create it on the server.</source>
        <translation>Der Server hat keine Datenbank dieses Namens. Prüfen Sie die Datenbank oder legen Sie sie auf dem Server an.</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgcredentials.cpp" line="59"/>
        <source>The server has no user of this name. Check the user.</source>
        <translation>Der Server hat keinen Benutzer dieses Namens. Prüfen Sie den Benutzer.</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgcredentials.cpp" line="61"/>
        <source>The TLS mode does not fit the server. Try another TLS mode, or ask the server&apos;s administrator.</source>
        <translation>Der TLS-Modus passt nicht zum Server. Versuchen Sie einen anderen TLS-Modus oder fragen Sie die Administration des Servers.</translation>
    </message>
</context>
<context>
    <name>swb::PgExport</name>
    <message>
        <location filename="../model/postgres/pgexport.cpp" line="131"/>
        <source>The selection cannot be evaluated on the server: %1</source>
        <translation>Die Auswahl kann auf dem Server nicht ausgewertet werden: %1</translation>
    </message>
</context>
<context>
    <name>swb::PgImport</name>
    <message>
        <location filename="../model/postgres/pgimport.cpp" line="112"/>
        <source>The server refused the rows; it keeps what it had: %1</source>
        <translation>Der Server hat die Zeilen abgelehnt; er behält, was er hatte: %1</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgimport.cpp" line="267"/>
        <source>a value of line %1 is not of its column&apos;s type</source>
        <translation>ein Wert in Zeile %1 hat nicht den Typ seiner Spalte</translation>
    </message>
</context>
<context>
    <name>swb::PgKpis</name>
    <message>
        <location filename="../model/postgres/pgkpis.cpp" line="241"/>
        <source>The KPIs were cancelled.</source>
        <translation>Die KPI-Berechnung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>swb::PgTasks</name>
    <message>
        <location filename="../model/postgres/pgtasks.cpp" line="19"/>
        <source>%1 works on workspace files so far, not on a PostgreSQL server.</source>
        <translation>%1 funktioniert bisher mit Arbeitsbereichsdateien, nicht auf einem PostgreSQL-Server.</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgtasks.cpp" line="32"/>
        <source>Customers picked in the table, and combined segments,</source>
        <translation>In der Tabelle ausgewählte Kunden und kombinierte Segmente</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgtasks.cpp" line="65"/>
        <source>There is no segment called &quot;%1&quot;.</source>
        <translation>Es gibt kein Segment namens „%1“.</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgtasks.cpp" line="107"/>
        <source>Saving clusters as segments</source>
        <translation>Das Speichern von Clustern als Segmente</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgtasks.cpp" line="171"/>
        <source>Cannot open the workspace on %1: %2</source>
        <translation>Der Arbeitsbereich auf %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgtasks.cpp" line="185"/>
        <source>Cannot read the workspace on %1: %2</source>
        <translation>Der Arbeitsbereich auf %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgtasks.cpp" line="204"/>
        <source>This role may only read this workspace: saving, renaming and deleting segments need a role that may write its tables (ask the server&apos;s administrator).</source>
        <translation>Diese Rolle darf diesen Arbeitsbereich nur lesen: Zum Speichern, Umbenennen und Löschen von Segmenten braucht es eine Rolle, die seine Tabellen schreiben darf (fragen Sie die Administration des Servers).</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgtasks.cpp" line="283"/>
        <source>Export presets, suppression lists and several segments at once</source>
        <translation>Exportvorlagen, Sperrlisten und mehrere Segmente auf einmal</translation>
    </message>
</context>
<context>
    <name>swb::PgWorkspace</name>
    <message>
        <location filename="../model/postgres/pgworkspace.cpp" line="34"/>
        <source>%1 on %2:%3</source>
        <translation>%1 auf %2:%3</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgworkspace.cpp" line="49"/>
        <source>The database holds no workspace (no tables &quot;fields&quot; and &quot;customers&quot;): import a customers file into it first (swb import FILE --db URI).</source>
        <translation>Die Datenbank enthält keinen Arbeitsbereich (keine Tabellen „fields“ und „customers“): Importieren Sie zuerst eine Kundendatei hinein (swb import DATEI --db URI).</translation>
    </message>
</context>
<context>
    <name>swb::PreferencesDialog</name>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="51"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="54"/>
        <source>As-of date of this workspace</source>
        <translation>Stichtag dieses Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="57"/>
        <source>Recency, &quot;in the last N days&quot; rules and KPIs are computed relative to this date. By default it is the day after the latest purchase in the data, so historical data sets analyse sensibly.</source>
        <translation>Aktualität, Regeln wie „in den letzten N Tagen“ und Kennzahlen beziehen sich auf diesen Tag. Standard ist der Tag nach dem letzten Kauf in den Daten, damit sich auch historische Datensätze sinnvoll auswerten lassen.</translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="60"/>
        <source>Use a &amp;fixed date:</source>
        <translation>&amp;Festes Datum verwenden:</translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="72"/>
        <source>Without a fixed date: %1 (from the data).</source>
        <translation>Ohne festes Datum: %1 (aus den Daten).</translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="77"/>
        <source>Open a workspace to change its as-of date.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seinen Stichtag zu ändern.</translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="81"/>
        <source>Interface</source>
        <translation>Oberfläche</translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="84"/>
        <source>System default</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="88"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="89"/>
        <source>A new language applies the next time Segment Workbench starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Segment Workbench.</translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="103"/>
        <source>Opening large workspaces</source>
        <translation>Große Arbeitsbereiche öffnen</translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="105"/>
        <source>&amp;Keep a copy for fast opening</source>
        <translation>&amp;Kopie zum schnellen Öffnen behalten</translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="108"/>
        <source>A workspace with 100,000 customers or more then opens in a fraction of a second instead of about a second per million customers. The copies hold customer data, take about 170 MB per million customers and are kept for the three workspaces used last, in %1.</source>
        <translation>Ein Arbeitsbereich mit 100.000 oder mehr Kunden öffnet sich dann in einem Bruchteil einer Sekunde statt in etwa einer Sekunde je Million Kunden. Die Kopien enthalten Kundendaten, belegen etwa 170 MB je Million Kunden und werden für die drei zuletzt verwendeten Arbeitsbereiche aufbewahrt, in %1.</translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="116"/>
        <source>&amp;Delete Copies</source>
        <translation>Kopien &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="133"/>
        <source>No copies now.</source>
        <translation>Zurzeit keine Kopien.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/preferencesdialog.cpp" line="134"/>
        <source>Copies now: %n workspace(s), %1.</source>
        <translation>
            <numerusform>Kopien: %n Arbeitsbereich, %1.</numerusform>
            <numerusform>Kopien: %n Arbeitsbereiche, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::PresetExporter</name>
    <message>
        <location filename="../model/export/presetexporter.cpp" line="50"/>
        <source>The workspace has no column with the role email or phone, which this export needs. Give the column that holds the e-mail addresses that role, for example: swb fields --db %1 --set-role COLUMN=email</source>
        <translation>Der Arbeitsbereich hat keine Spalte mit der Rolle email oder phone, die dieser Export braucht. Geben Sie der Spalte mit den E-Mail-Adressen diese Rolle, zum Beispiel: swb fields --db %1 --set-role COLUMN=email</translation>
    </message>
    <message>
        <location filename="../model/export/presetexporter.cpp" line="54"/>
        <source>The workspace has no column with the role %1, which this export needs. Give the column that holds it that role, for example: swb fields --db %2 --set-role COLUMN=%1</source>
        <translation>Der Arbeitsbereich hat keine Spalte mit der Rolle %1, die dieser Export braucht. Geben Sie der Spalte, die diese Werte enthält, diese Rolle, zum Beispiel: swb fields --db %2 --set-role COLUMN=%1</translation>
    </message>
    <message>
        <location filename="../model/export/presetexporter.cpp" line="89"/>
        <source>A suppression list is one column of text without a header: choose the CSV or TSV format.</source>
        <translation>Eine Sperrliste ist eine Textspalte ohne Kopfzeile: Wählen Sie das Format CSV oder TSV.</translation>
    </message>
    <message>
        <location filename="../model/export/presetexporter.cpp" line="91"/>
        <source>The preset %1 needs the e-mail addresses and phone numbers themselves: choose the PII policy keep, or a Google or Meta preset for hashed values.</source>
        <translation>Die Vorlage %1 braucht die E-Mail-Adressen und Telefonnummern selbst: Wählen Sie für personenbezogene Daten „unverändert“ (keep) oder für gehashte Werte eine Google- oder Meta-Vorlage.</translation>
    </message>
    <message>
        <location filename="../model/export/presetexporter.cpp" line="95"/>
        <source>The preset %1 writes personal data hashed (SHA-256) or as it is: choose the PII policy hash or keep.</source>
        <translation>Die Vorlage %1 schreibt personenbezogene Daten gehasht (SHA-256) oder unverändert: Wählen Sie für personenbezogene Daten hash oder keep.</translation>
    </message>
    <message>
        <location filename="../model/export/presetexporter.cpp" line="100"/>
        <source>The default country &quot;%1&quot; is not an ISO 3166-1 alpha-2 code: give two capital letters such as DE, FR or GB.</source>
        <translation>Das Standardland „%1“ ist kein Code nach ISO 3166-1 alpha-2: Geben Sie zwei Großbuchstaben an, etwa DE, FR oder GB.</translation>
    </message>
    <message>
        <location filename="../model/export/presetexporter.cpp" line="171"/>
        <source>Reading the customers failed: %1</source>
        <translation>Das Lesen der Kunden ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>swb::PresetLayout</name>
    <message>
        <location filename="../model/export/exportpresets.cpp" line="256"/>
        <source>no e-mail address and no phone number</source>
        <translation>keiner E-Mail-Adresse und keiner Telefonnummer</translation>
    </message>
    <message>
        <location filename="../model/export/exportpresets.cpp" line="257"/>
        <source>no e-mail address and a phone number that is not valid</source>
        <translation>keiner E-Mail-Adresse und einer ungültigen Telefonnummer</translation>
    </message>
    <message>
        <location filename="../model/export/exportpresets.cpp" line="258"/>
        <source>an e-mail address that is not valid and no phone number</source>
        <translation>einer ungültigen E-Mail-Adresse und keiner Telefonnummer</translation>
    </message>
    <message>
        <location filename="../model/export/exportpresets.cpp" line="259"/>
        <source>neither a valid e-mail address nor a valid phone number</source>
        <translation>weder gültiger E-Mail-Adresse noch gültiger Telefonnummer</translation>
    </message>
    <message>
        <location filename="../model/export/exportpresets.cpp" line="260"/>
        <source>no e-mail address</source>
        <translation>keiner E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../model/export/exportpresets.cpp" line="261"/>
        <source>an e-mail address that is not valid</source>
        <translation>einer ungültigen E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../model/export/exportpresets.cpp" line="262"/>
        <source>no phone number</source>
        <translation>keiner Telefonnummer</translation>
    </message>
    <message>
        <location filename="../model/export/exportpresets.cpp" line="263"/>
        <source>a phone number that is not valid</source>
        <translation>einer ungültigen Telefonnummer</translation>
    </message>
</context>
<context>
    <name>swb::ProfileHeatmap</name>
    <message>
        <location filename="../ui/charts/profileheatmap.cpp" line="156"/>
        <source>%1 %2 (z-score %3)</source>
        <translation>%1 %2 (z-Wert %3)</translation>
    </message>
    <message>
        <location filename="../ui/charts/profileheatmap.cpp" line="174"/>
        <source>%1 (%2 customers)
%3: mean %4, all clustered customers %5
z-score %6</source>
        <translation>%1 (%2 Kunden)
%3: Mittelwert %4, alle geclusterten Kunden %5
z-Wert %6</translation>
    </message>
</context>
<context>
    <name>swb::RecentWorkspaces</name>
    <message>
        <location filename="../ui/shell/recentworkspaces.cpp" line="77"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/shell/recentworkspaces.cpp" line="84"/>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <location filename="../ui/shell/recentworkspaces.cpp" line="88"/>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
</context>
<context>
    <name>swb::ReportCanvas</name>
    <message>
        <location filename="../ui/report/reportcanvas.cpp" line="50"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>swb::ReviewReport</name>
    <message>
        <location filename="../model/analytics/reviewreport.cpp" line="66"/>
        <source>The workspace has no saved segments. Save a segment first, then make the report.</source>
        <translation>Der Arbeitsbereich hat keine gespeicherten Segmente. Speichern Sie zuerst ein Segment und erstellen Sie dann den Bericht.</translation>
    </message>
    <message>
        <location filename="../model/analytics/reviewreport.cpp" line="73"/>
        <source>No saved segment is named “%1”. Saved segments: %2.</source>
        <translation>Kein gespeichertes Segment heißt „%1“. Gespeicherte Segmente: %2.</translation>
    </message>
    <message>
        <location filename="../model/analytics/reviewreport.cpp" line="122"/>
        <source>The trend has no line for this segment.</source>
        <translation>Der Verlauf hat keine Linie für dieses Segment.</translation>
    </message>
    <message>
        <location filename="../model/analytics/reviewreport.cpp" line="165"/>
        <source>The report was cancelled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../model/analytics/reviewreport.cpp" line="169"/>
        <source>The trend covers 1 to %1 months; %2 is out of range.</source>
        <translation>Der Verlauf umfasst 1 bis %1 Monate; %2 liegt außerhalb.</translation>
    </message>
</context>
<context>
    <name>swb::ReviewReportDialog</name>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="30"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="36"/>
        <source>Export Review Report</source>
        <translation>Prüfbericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="50"/>
        <source> months</source>
        <extracomment>Suffix of the number of months of trend in the review report dialog.</extracomment>
        <translation> Monate</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="57"/>
        <source>%1 review %2.pdf</source>
        <extracomment>Default file name of the review report: the workspace&apos;s name and today&apos;s date.</extracomment>
        <translation>%1 Prüfbericht %2.pdf</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="65"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="83"/>
        <source>Wrote page %1 of %2…</source>
        <translation>Seite %1 von %2 geschrieben…</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="88"/>
        <source>The report was written to %1.</source>
        <translation>Der Bericht wurde nach %1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="105"/>
        <source>&amp;Segments:</source>
        <translation>&amp;Segmente:</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="106"/>
        <source>&amp;Trend:</source>
        <translation>&amp;Verlauf:</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="107"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="149"/>
        <source>Save Review Report</source>
        <translation>Prüfbericht speichern</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="150"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="192"/>
        <source>Gathering the numbers…</source>
        <translation>Die Zahlen werden zusammengetragen…</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="194"/>
        <source>Making the review report</source>
        <translation>Prüfbericht wird erstellt</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="203"/>
        <source>The report was cancelled; no file was written.</source>
        <translation>Der Bericht wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="211"/>
        <source>The report could not be made: %1</source>
        <translation>Der Bericht konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>swb::ReviewReportWriter</name>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="107"/>
        <source>Segment review</source>
        <translation>Segment-Prüfbericht</translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="111"/>
        <source>As of %1</source>
        <translation>Stichtag: %1</translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="113"/>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="116"/>
        <source>Made on %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/reportpages.cpp" line="119"/>
        <source>%n segment(s) in this report:</source>
        <translation>
            <numerusform>%n Segment in diesem Bericht:</numerusform>
            <numerusform>%n Segmente in diesem Bericht:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/reportpages.cpp" line="126"/>
        <source>… and %n more: see the KPI table.</source>
        <translation>
            <numerusform>… und %n weiteres: siehe die Kennzahlentabelle.</numerusform>
            <numerusform>… und %n weitere: siehe die Kennzahlentabelle.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="131"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="134"/>
        <source>•  %1: %2 customers (%3% of all)</source>
        <extracomment>A line of the title page&apos;s segment list: name, customers, share of all customers.</extracomment>
        <translation>•  %1: %2 Kunden (%3 % aller)</translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="143"/>
        <source>KPIs of the segments and all customers</source>
        <translation>Kennzahlen der Segmente und aller Kunden</translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="144"/>
        <source>KPIs (continued)</source>
        <translation>Kennzahlen (Fortsetzung)</translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="147"/>
        <source>Cells are shaded by lift against all customers: blue above, orange below (100 = the same). Money in the workspace&apos;s currency; recency in days up to the as-of date.</source>
        <translation>Zellen sind nach Lift gegenüber allen Kunden eingefärbt: blau darüber, orange darunter (100 = gleich). Beträge in der Währung des Arbeitsbereichs; Recency in Tagen bis zum Stichtag.</translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="152"/>
        <source>Not available (n/a): %1. Give a field this role in Fields.</source>
        <translation>Nicht verfügbar (k. A.): %1. Geben Sie einem Feld diese Rolle unter Felder.</translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="186"/>
        <source>The charts show the first %1 of the %2 segments; the KPI table lists them all.</source>
        <translation>Die Diagramme zeigen die ersten %1 der %2 Segmente; die Kennzahlentabelle führt alle auf.</translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="197"/>
        <source>The overlaps of the first %1 of the %2 segments are shown.</source>
        <translation>Gezeigt sind die Überschneidungen der ersten %1 der %2 Segmente.</translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="207"/>
        <source>Segment sizes and revenue per customer</source>
        <translation>Segmentgrößen und Umsatz pro Kunde</translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="210"/>
        <source>Who brings the money, and how segments overlap</source>
        <translation>Wer den Umsatz bringt und wie sich Segmente überschneiden</translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="213"/>
        <source>Who brings the money</source>
        <translation>Wer den Umsatz bringt</translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="215"/>
        <source>How segments overlap</source>
        <translation>Wie sich Segmente überschneiden</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportwriter.cpp" line="19"/>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>Kann %1 nicht schreiben: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportwriter.cpp" line="25"/>
        <source>Segment review: %1</source>
        <translation>Segment-Prüfbericht: %1</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportwriter.cpp" line="46"/>
        <source>Give the report a file name ending in .pdf.</source>
        <translation>Geben Sie dem Bericht einen Dateinamen, der auf .pdf endet.</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportwriter.cpp" line="49"/>
        <source>%1 is a folder: give the report a file name ending in .pdf.</source>
        <translation>%1 ist ein Ordner: Geben Sie dem Bericht einen Dateinamen, der auf .pdf endet.</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportwriter.cpp" line="52"/>
        <source>%1 is the workspace itself: choose another file name for the report.</source>
        <translation>%1 ist der Arbeitsbereich selbst: Wählen Sie einen anderen Dateinamen für den Bericht.</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportwriter.cpp" line="56"/>
        <source>The folder %1 does not exist. Choose an existing folder for the report.</source>
        <translation>Der Ordner %1 existiert nicht. Wählen Sie einen vorhandenen Ordner für den Bericht.</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportwriter.cpp" line="59"/>
        <source>the folder is not writable</source>
        <translation>in den Ordner darf nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportwriter.cpp" line="81"/>
        <source>the PDF could not be started</source>
        <translation>das PDF konnte nicht begonnen werden</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportwriter.cpp" line="85"/>
        <source>Segment review of %1 as of %2</source>
        <translation>Segment-Prüfbericht von %1, Stichtag %2</translation>
    </message>
</context>
<context>
    <name>swb::RfmAnalysis</name>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="154"/>
        <source>RFM levels must be between 2 and 10, not %1.</source>
        <translation>Die Zahl der RFM-Stufen muss zwischen 2 und 10 liegen, nicht bei %1.</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="168"/>
        <source>The RFM grid has %1 levels but %2 were asked.</source>
        <translation>Das RFM-Raster hat %1 Stufen, angefordert wurden aber %2.</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="251"/>
        <source>The workspace has no customers yet: import a customer file first.</source>
        <translation>Der Arbeitsbereich enthält noch keine Kunden: Importieren Sie zuerst eine Kundendatei.</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="253"/>
        <source>The RFM grid does not match the %1 levels asked for.</source>
        <translation>Das RFM-Raster passt nicht zu den angeforderten %1 Stufen.</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="267"/>
        <location filename="../model/postgres/pgrfm.cpp" line="23"/>
        <source>RFM needs fields with the roles %1. Import an orders file (it adds them), or set the roles of existing columns (swb fields --set-role COLUMN=ROLE).</source>
        <translation>RFM braucht Felder mit den Rollen %1. Importieren Sie eine Bestelldatei (sie ergänzt diese Felder) oder legen Sie die Rollen vorhandener Spalten fest (swb fields --set-role SPALTE=ROLLE).</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="275"/>
        <location filename="../model/analytics/rfmanalysis.cpp" line="307"/>
        <location filename="../model/analytics/rfmanalysis.cpp" line="329"/>
        <source>The RFM analysis was cancelled.</source>
        <translation>Die RFM-Analyse wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="351"/>
        <source>There is no RFM run to regroup yet: run the RFM analysis first.</source>
        <translation>Es gibt noch keinen RFM-Lauf, dessen Gruppen sich ändern ließen: Führen Sie zuerst die RFM-Analyse aus.</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="358"/>
        <source>The grid has %1 levels but the latest RFM run scored %2: run the analysis again with %1 levels first.</source>
        <translation>Das Raster hat %1 Stufen, der letzte RFM-Lauf hat aber mit %2 bewertet: Führen Sie die Analyse zuerst mit %1 Stufen erneut aus.</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="485"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>swb::RfmGrid</name>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="15"/>
        <source>Recent Customers</source>
        <translation>Neukunden</translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="15"/>
        <source>Potential Loyalists</source>
        <translation>Potenziell Treue</translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="16"/>
        <source>Loyal</source>
        <translation>Treue Kunden</translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="16"/>
        <location filename="../analysis/rfmgrid.cpp" line="17"/>
        <source>Champions</source>
        <translation>Champions</translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="18"/>
        <source>Promising</source>
        <translation>Vielversprechend</translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="20"/>
        <source>Need Attention</source>
        <translation>Brauchen Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="21"/>
        <source>About to Sleep</source>
        <translation>Drohen einzuschlafen</translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="22"/>
        <source>At Risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="23"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="23"/>
        <source>Hibernating</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="24"/>
        <source>Can&apos;t Lose Them</source>
        <translation>Unverzichtbar</translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="118"/>
        <source>The RFM grid needs &quot;levels&quot; between 2 and %1.</source>
        <translation>Das RFM-Raster braucht „levels“ zwischen 2 und %1.</translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="122"/>
        <source>The RFM grid has %1 rows for %2 levels; it needs one row per R score.</source>
        <translation>Das RFM-Raster hat %1 Zeilen für %2 Stufen; es braucht eine Zeile je R-Wert.</translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="131"/>
        <source>The RFM grid has a row with &quot;r&quot; %1; each R score from 1 to %2 needs exactly one row.</source>
        <translation>Das RFM-Raster hat eine Zeile mit „r“ %1; jeder R-Wert von 1 bis %2 braucht genau eine Zeile.</translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="136"/>
        <source>Row R = %1 of the RFM grid has %2 groups; it needs %3, one per FM score.</source>
        <translation>Zeile R = %1 des RFM-Rasters hat %2 Gruppen; sie braucht %3, eine je FM-Wert.</translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="144"/>
        <source>The group for R = %1, FM = %2 of the RFM grid is empty; give it a name.</source>
        <translation>Die Gruppe für R = %1, FM = %2 des RFM-Rasters ist leer; geben Sie ihr einen Namen.</translation>
    </message>
</context>
<context>
    <name>swb::RfmGridCommand</name>
    <message>
        <location filename="../ui/rfm/rfmgridcommand.cpp" line="17"/>
        <source>Cell R %1, FM %2 to &quot;%3&quot;</source>
        <extracomment>Undo/Redo text: the RFM grid cell R %1, FM %2 now belongs to the group %3.</extracomment>
        <translation>Zelle R %1, FM %2 zu „%3“</translation>
    </message>
</context>
<context>
    <name>swb::RfmGroupTableModel</name>
    <message>
        <location filename="../ui/rfm/rfmgrouptablemodel.cpp" line="122"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmgrouptablemodel.cpp" line="137"/>
        <source>Double-click to open the group in the segment builder.</source>
        <translation>Doppelklicken, um die Gruppe im Segment-Editor zu öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmgrouptablemodel.cpp" line="139"/>
        <source>Not available: no customer of this group has a value, or the field role is missing.</source>
        <translation>Nicht verfügbar: Kein Kunde dieser Gruppe hat einen Wert, oder die Feldrolle fehlt.</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmgrouptablemodel.cpp" line="141"/>
        <source>Customers without a value, left out: %1</source>
        <translation>Kunden ohne Wert, nicht berücksichtigt: %1</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmgrouptablemodel.cpp" line="165"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmgrouptablemodel.cpp" line="167"/>
        <source>Share of customers</source>
        <translation>Kundenanteil</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmgrouptablemodel.cpp" line="169"/>
        <source>Mean recency (days)</source>
        <translation>Mittlere Recency (Tage)</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmgrouptablemodel.cpp" line="171"/>
        <source>Mean frequency (orders)</source>
        <translation>Mittlere Frequenz (Käufe)</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmgrouptablemodel.cpp" line="173"/>
        <source>Mean monetary value</source>
        <translation>Mittlerer Umsatzwert</translation>
    </message>
</context>
<context>
    <name>swb::RfmOverviewReader</name>
    <message>
        <location filename="../model/analytics/rfmoverview.cpp" line="102"/>
        <source>The workspace has no customers yet: import a customer file first.</source>
        <translation>Der Arbeitsbereich enthält noch keine Kunden: Importieren Sie zuerst eine Kundendatei.</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmoverview.cpp" line="174"/>
        <source>Reading the RFM analysis was cancelled.</source>
        <translation>Das Lesen der RFM-Analyse wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>swb::RfmPage</name>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="53"/>
        <source>Groups of the latest run:</source>
        <translation>Gruppen des letzten Laufs:</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="77"/>
        <source>Cannot read the RFM groups: %1</source>
        <translation>Die RFM-Gruppen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="100"/>
        <source>%1 levels</source>
        <translation>%1 Stufen</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="102"/>
        <source>How many scores R, F and M each have; the named groups are defined for 3, 4 and 5.</source>
        <translation>Wie viele Werte R, F und M jeweils haben; die benannten Gruppen sind für 3, 4 und 5 festgelegt.</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="103"/>
        <source>&amp;Run RFM</source>
        <translation>RFM &amp;ausführen</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="105"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="120"/>
        <location filename="../ui/rfm/rfmpage.cpp" line="464"/>
        <source>Save Groups as Segments</source>
        <translation>Gruppen als Segmente speichern</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="122"/>
        <source>Saves one static segment per group (&quot;RFM: Champions&quot;, …), replacing those of an earlier save.</source>
        <translation>Speichert je Gruppe ein statisches Segment („RFM: Champions“, …) und ersetzt die einer früheren Speicherung.</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="124"/>
        <location filename="../ui/rfm/rfmpage.cpp" line="181"/>
        <source>Open Group in Builder</source>
        <translation>Gruppe im Editor öffnen</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="126"/>
        <source>Opens the group chosen in the table as a dynamic definition on rfm_group.</source>
        <translation>Öffnet die in der Tabelle gewählte Gruppe als dynamische Definition auf rfm_group.</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="127"/>
        <source>Scores:</source>
        <translation>Werte:</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="144"/>
        <source>Customers per R and FM score</source>
        <translation>Kunden je R- und FM-Wert</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="145"/>
        <source>Recency score (R)</source>
        <translation>Recency-Wert (R)</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="145"/>
        <source>Frequency and monetary score (FM)</source>
        <translation>Frequenz- und Umsatzwert (FM)</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="146"/>
        <location filename="../ui/rfm/rfmpage.cpp" line="345"/>
        <source>No RFM run yet: choose the levels and click Run RFM.</source>
        <translation>Noch kein RFM-Lauf: Wählen Sie die Stufen und klicken Sie auf „RFM ausführen“.</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="156"/>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="157"/>
        <source>Transitions</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="158"/>
        <source>Click a cell to give its customers another group.</source>
        <translation>Klicken Sie auf eine Zelle, um ihren Kunden eine andere Gruppe zu geben.</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="184"/>
        <source>Copy as TSV</source>
        <translation>Als TSV kopieren</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="197"/>
        <source>RFM groups</source>
        <translation>RFM-Gruppen</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="200"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="202"/>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="252"/>
        <source>Open a workspace with customers and orders to score them.</source>
        <translation>Öffnen Sie einen Arbeitsbereich mit Kunden und Bestellungen, um sie zu bewerten.</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="257"/>
        <source>Reading the RFM groups…</source>
        <translation>RFM-Gruppen werden gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="289"/>
        <source>Scoring the customers…</source>
        <translation>Kunden werden bewertet …</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="304"/>
        <source>Run %1: %2 customers scored, %3 without orders.</source>
        <translation>Lauf %1: %2 Kunden bewertet, %3 ohne Bestellungen.</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="341"/>
        <source>Run %1 as of %2: %3 customers scored, %4 without orders.</source>
        <translation>Lauf %1, Stichtag %2: %3 Kunden bewertet, %4 ohne Bestellungen.</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="401"/>
        <source>Group of R %1, FM %2</source>
        <translation>Gruppe von R %1, FM %2</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="410"/>
        <source>Open &quot;%1&quot; in Builder</source>
        <translation>„%1“ im Editor öffnen</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="435"/>
        <source>RFM Grid</source>
        <translation>RFM-Raster</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rfm/rfmpage.cpp" line="469"/>
        <source>Saved %n RFM group(s) as static segments (&quot;RFM: Champions&quot;, …).</source>
        <translation>
            <numerusform>%n RFM-Gruppe als statisches Segment gespeichert („RFM: Champions“, …).</numerusform>
            <numerusform>%n RFM-Gruppen als statische Segmente gespeichert („RFM: Champions“, …).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::RfmService</name>
    <message>
        <location filename="../model/analytics/rfmservice.cpp" line="18"/>
        <source>The workspace could not be changed.</source>
        <translation>Der Arbeitsbereich konnte nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmservice.cpp" line="35"/>
        <source>Running the RFM analysis</source>
        <translation>RFM-Analyse läuft</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmservice.cpp" line="45"/>
        <source>The RFM analysis was cancelled.</source>
        <translation>Die RFM-Analyse wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmservice.cpp" line="61"/>
        <source>Reading the RFM groups</source>
        <translation>RFM-Gruppen werden gelesen</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmservice.cpp" line="86"/>
        <source>Reading the RFM transitions</source>
        <translation>RFM-Wechsel werden gelesen</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmservice.cpp" line="109"/>
        <source>Storing the RFM grid</source>
        <translation>RFM-Raster wird gespeichert</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmservice.cpp" line="122"/>
        <source>Saving the RFM groups as segments</source>
        <translation>RFM-Gruppen werden als Segmente gespeichert</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmservice.cpp" line="138"/>
        <source>The change was not stored: the job was cancelled.</source>
        <translation>Die Änderung wurde nicht gespeichert: Der Auftrag wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>swb::RfmTransitionsPanel</name>
    <message>
        <location filename="../ui/rfm/rfmtransitionspanel.cpp" line="45"/>
        <source>Customers moving between groups</source>
        <translation>Wechsel der Kunden zwischen Gruppen</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmtransitionspanel.cpp" line="52"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmtransitionspanel.cpp" line="54"/>
        <source>To:</source>
        <translation>Zu:</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmtransitionspanel.cpp" line="66"/>
        <source>Cannot read the transitions: %1</source>
        <translation>Die Wechsel können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmtransitionspanel.cpp" line="107"/>
        <source>Run %1 (as of %2)</source>
        <extracomment>A run in the transition tab&apos;s choice: its number and the as-of date it scored.</extracomment>
        <translation>Lauf %1 (Stichtag %2)</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmtransitionspanel.cpp" line="148"/>
        <source>Run the RFM analysis twice (for example a month apart) to see how customers move between the groups.</source>
        <translation>Führen Sie die RFM-Analyse zweimal aus (zum Beispiel im Abstand eines Monats), um zu sehen, wie Kunden zwischen den Gruppen wechseln.</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmtransitionspanel.cpp" line="174"/>
        <source>From run %1 (%2)</source>
        <extracomment>Axis titles of the transition heat map: run number and as-of date.</extracomment>
        <translation>Von Lauf %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmtransitionspanel.cpp" line="175"/>
        <source>To run %1 (%2)</source>
        <translation>Zu Lauf %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmtransitionspanel.cpp" line="176"/>
        <source>No customer was scored in either run.</source>
        <translation>In keinem der beiden Läufe wurde ein Kunde bewertet.</translation>
    </message>
</context>
<context>
    <name>swb::RoleAssignment</name>
    <message>
        <location filename="../model/import/roleassignment.cpp" line="44"/>
        <source>The table %1 has no column &quot;%2&quot;. Run swb fields --db WS --table %1 to see the columns.</source>
        <translation>Die Tabelle %1 hat keine Spalte „%2“. Die Spalten zeigt swb fields --db WS --table %1.</translation>
    </message>
    <message>
        <location filename="../model/import/roleassignment.cpp" line="49"/>
        <source>The column &quot;%1&quot; is of type %2, which cannot have the role %3 (%4). Choose a column of a fitting type, or import the file again with --type %1=TYPE.</source>
        <translation>Die Spalte „%1“ hat den Typ %2, der die Rolle %3 nicht haben kann (%4). Wählen Sie eine Spalte passenden Typs oder importieren Sie die Datei erneut mit --type %1=TYP.</translation>
    </message>
    <message>
        <location filename="../model/import/roleassignment.cpp" line="53"/>
        <source>the role needs another type</source>
        <translation>die Rolle braucht einen anderen Typ</translation>
    </message>
    <message>
        <location filename="../model/import/roleassignment.cpp" line="54"/>
        <source>a date role needs a date column; dates written as 19970101 are read as dates with --type COLUMN=date</source>
        <translation>eine Datumsrolle braucht eine Datumsspalte; als 19970101 geschriebene Daten werden mit --type SPALTE=date als Datum gelesen</translation>
    </message>
    <message>
        <location filename="../model/import/roleassignment.cpp" line="62"/>
        <source>The workspace is busy or cannot be written: %1</source>
        <translation>Der Arbeitsbereich ist belegt oder nicht beschreibbar: %1</translation>
    </message>
</context>
<context>
    <name>swb::RowInserter</name>
    <message>
        <location filename="../model/import/rowinserter.cpp" line="109"/>
        <source>Writing the record of line %1 failed: %2</source>
        <translation>Das Schreiben des Datensatzes aus Zeile %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../model/import/rowinserter.cpp" line="133"/>
        <source>Writing the records of lines %1 to %2 failed: %3</source>
        <translation>Das Schreiben der Datensätze aus den Zeilen %1 bis %2 ist fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>swb::RuleChecker</name>
    <message>
        <location filename="../ui/filter/definition/rulechecker.cpp" line="39"/>
        <source>Choose the column whose distinct values are counted.</source>
        <translation>Wählen Sie die Spalte, deren verschiedene Werte gezählt werden.</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/rulechecker.cpp" line="42"/>
        <source>Enter the number of days of the time window.</source>
        <translation>Geben Sie die Anzahl Tage des Zeitraums ein.</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/rulechecker.cpp" line="44"/>
        <source>Enter the first day of the time window.</source>
        <translation>Geben Sie den ersten Tag des Zeitraums ein.</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/rulechecker.cpp" line="46"/>
        <source>Enter the last day of the time window.</source>
        <translation>Geben Sie den letzten Tag des Zeitraums ein.</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/rulechecker.cpp" line="55"/>
        <source>Complete the condition on the order lines: %1</source>
        <translation>Vervollständigen Sie die Bedingung für die Bestellpositionen: %1</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/rulechecker.cpp" line="63"/>
        <source>Choose a field.</source>
        <translation>Wählen Sie ein Feld.</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/rulechecker.cpp" line="65"/>
        <source>Choose an operator.</source>
        <translation>Wählen Sie einen Operator.</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/rulechecker.cpp" line="74"/>
        <source>Enter a value.</source>
        <translation>Geben Sie einen Wert ein.</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/rulechecker.cpp" line="77"/>
        <source>Enter a number of days.</source>
        <translation>Geben Sie eine Anzahl Tage ein.</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/rulechecker.cpp" line="82"/>
        <source>Add at least one value.</source>
        <translation>Fügen Sie mindestens einen Wert hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/rulechecker.cpp" line="87"/>
        <source>Enter both values.</source>
        <translation>Geben Sie beide Werte ein.</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/rulechecker.cpp" line="114"/>
        <source>A rule is invalid: %1</source>
        <translation>Eine Regel ist ungültig: %1</translation>
    </message>
</context>
<context>
    <name>swb::RuleWidget</name>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="77"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="77"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="99"/>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="175"/>
        <source>Mute: leave this rule out without deleting it</source>
        <translation>Deaktivieren: Regel nicht berücksichtigen, ohne sie zu löschen</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="100"/>
        <source>Remove rule (Delete)</source>
        <translation>Regel entfernen (Entf)</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="116"/>
        <source>Change of the count by this rule</source>
        <translation>Änderung der Anzahl durch diese Regel</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="117"/>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="177"/>
        <source>Mute rule</source>
        <translation>Regel deaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="118"/>
        <source>Remove rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="119"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="120"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="140"/>
        <source>Choose field %1</source>
        <translation>Feld %1 wählen</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="146"/>
        <source>Choose operator %1</source>
        <translation>Operator %1 wählen</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="176"/>
        <source>Unmute: count this rule again</source>
        <translation>Aktivieren: Regel wieder mitzählen</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="177"/>
        <source>Unmute rule</source>
        <translation>Regel aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="202"/>
        <source>empty rule</source>
        <translation>leere Regel</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="203"/>
        <source>Rule %1 of %2: %3</source>
        <translation>Regel %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="217"/>
        <source>Value %1</source>
        <translation>Wert %1</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="297"/>
        <source>Edit value</source>
        <translation>Wert bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="322"/>
        <source>Muted: left out of the count.</source>
        <translation>Deaktiviert: wird beim Zählen nicht berücksichtigt.</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="327"/>
        <source>%1 Until then the rule is left out of the count.</source>
        <translation>%1 Bis dahin wird die Regel beim Zählen nicht berücksichtigt.</translation>
    </message>
</context>
<context>
    <name>swb::ScatterPlot</name>
    <message>
        <location filename="../ui/charts/scatterplot.cpp" line="99"/>
        <source>%1 (%2)</source>
        <extracomment>A cluster in the legend of the scatter chart: its name and its number of customers.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/scatterplot.cpp" line="291"/>
        <source>%1 (%2): %n point drawn, centred at %3 %4, %5 %6</source>
        <translation>
            <numerusform>%1 (%2): %n Punkt gezeichnet, Mittelpunkt bei %3 %4, %5 %6</numerusform>
            <numerusform>%1 (%2): %n Punkte gezeichnet, Mittelpunkt bei %3 %4, %5 %6</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/scatterplot.cpp" line="292"/>
        <source>%1 (%2): %n points drawn, centred at %3 %4, %5 %6</source>
        <translation>
            <numerusform>%1 (%2): %n Punkt gezeichnet, Mittelpunkt bei %3 %4, %5 %6</numerusform>
            <numerusform>%1 (%2): %n Punkte gezeichnet, Mittelpunkt bei %3 %4, %5 %6</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/charts/scatterplot.cpp" line="326"/>
        <source>Customer %1
%2</source>
        <extracomment>Tooltip of a point of the scatter chart: the customer&apos;s key, then the cluster&apos;s name.</extracomment>
        <translation>Kunde %1
%2</translation>
    </message>
</context>
<context>
    <name>swb::SearchListPopup</name>
    <message>
        <location filename="../ui/filter/rows/searchlistpopup.cpp" line="25"/>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/searchlistpopup.cpp" line="63"/>
        <source>Nothing matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
</context>
<context>
    <name>swb::SegmentBuilderPage</name>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="48"/>
        <source>Open or create a workspace to build segments.</source>
        <translation>Öffnen oder erstellen Sie einen Arbeitsbereich, um Segmente zu bilden.</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="88"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="93"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="94"/>
        <source>The definition has unsaved changes. Start a new one anyway?</source>
        <translation>Die Definition hat ungespeicherte Änderungen. Trotzdem eine neue beginnen?</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="97"/>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="348"/>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="392"/>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="417"/>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="452"/>
        <source>Save segment</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="98"/>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="99"/>
        <source>Add rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="100"/>
        <source>Add order rule</source>
        <translation>Bestellregel hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="102"/>
        <source>Add group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="104"/>
        <source>Remove rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="109"/>
        <source>Move up</source>
        <translation>Nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="112"/>
        <source>Move down</source>
        <translation>Nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="117"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="119"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="126"/>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="128"/>
        <source>Redo %1</source>
        <translation>%1 wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="153"/>
        <source>Open ▾</source>
        <extracomment>Button with a menu of the saved segments</extracomment>
        <translation>Öffnen ▾</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="155"/>
        <source>Open a saved segment for editing</source>
        <translation>Ein gespeichertes Segment zum Bearbeiten öffnen</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="231"/>
        <source>Follow the rename of &quot;%1&quot;</source>
        <translation>Umbenennung von „%1“ übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="306"/>
        <source>There is no segment called &quot;%1&quot;.</source>
        <translation>Es gibt kein Segment namens „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="309"/>
        <source>The definition has unsaved changes. Open &quot;%1&quot; anyway?</source>
        <translation>Die Definition hat ungespeicherte Änderungen. „%1“ trotzdem öffnen?</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="337"/>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="342"/>
        <source>New segment</source>
        <translation>Neues Segment</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="342"/>
        <source>Segment “%1”</source>
        <translation>Segment „%1“</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="344"/>
        <source>%1 (unsaved changes)</source>
        <translation>%1 (ungespeicherte Änderungen)</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="346"/>
        <source>%1 (saving…)</source>
        <translation>%1 (wird gespeichert…)</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="348"/>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="452"/>
        <source>Update segment</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="371"/>
        <source>%1 (static: build on its members)</source>
        <translation>%1 (statisch: auf seinen Mitgliedern aufbauen)</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="376"/>
        <source>Open segment</source>
        <translation>Segment öffnen</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="380"/>
        <source>No saved segments yet</source>
        <translation>Noch keine gespeicherten Segmente</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="390"/>
        <source>%n rule is incomplete; complete or remove it first.</source>
        <translation>
            <numerusform>%n Regel ist unvollständig; vervollständigen oder entfernen Sie sie zuerst.</numerusform>
            <numerusform>%n Regel ist unvollständig; vervollständigen oder entfernen Sie sie zuerst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="391"/>
        <source>%n rules are incomplete; complete or remove them first.</source>
        <translation>
            <numerusform>%n Regeln sind unvollständig; vervollständigen oder entfernen Sie sie zuerst.</numerusform>
            <numerusform>%n Regeln sind unvollständig; vervollständigen oder entfernen Sie sie zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="392"/>
        <source>The segment cannot be saved yet: %1</source>
        <translation>Das Segment kann noch nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="417"/>
        <source>Name of the new segment:</source>
        <translation>Name des neuen Segments:</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="420"/>
        <source>A segment called &quot;%1&quot; exists already.</source>
        <translation>Ein Segment namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="444"/>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="445"/>
        <source>The segment is being saved; wait until that has finished.</source>
        <translation>Das Segment wird gerade gespeichert; warten Sie, bis das abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="446"/>
        <source>Complete or remove the incomplete rules first.</source>
        <translation>Vervollständigen oder entfernen Sie zuerst die unvollständigen Regeln.</translation>
    </message>
</context>
<context>
    <name>swb::SegmentChecklist</name>
    <message>
        <location filename="../ui/dashboard/segmentchecklist.cpp" line="69"/>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/segmentchecklist.cpp" line="72"/>
        <source>Always shown: every segment&apos;s lift compares with all customers.</source>
        <translation>Immer angezeigt: Der Lift jedes Segments wird mit allen Kunden verglichen.</translation>
    </message>
</context>
<context>
    <name>swb::SegmentChooser</name>
    <message>
        <location filename="../ui/dashboard/segmentchooser.cpp" line="17"/>
        <source>Choose the segments the table and the charts show</source>
        <translation>Die Segmente wählen, die Tabelle und Diagramme zeigen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/segmentchooser.cpp" line="31"/>
        <source>Segments: %1 of %2</source>
        <extracomment>The button that opens the Dashboard&apos;s list of segments: %1 checked of %2 saved.</extracomment>
        <translation>Segmente: %1 von %2</translation>
    </message>
</context>
<context>
    <name>swb::SegmentEditor</name>
    <message>
        <location filename="../ui/filter/segmenteditor.cpp" line="142"/>
        <source>Fix the rule marked in red to see the count.</source>
        <translation>Korrigieren Sie die rot markierte Regel, um die Anzahl zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/filter/segmenteditor.cpp" line="158"/>
        <source>%n incomplete rule left out</source>
        <translation>
            <numerusform>%n unvollständige Regel nicht berücksichtigt</numerusform>
            <numerusform>%n unvollständige Regel nicht berücksichtigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/filter/segmenteditor.cpp" line="159"/>
        <source>%n incomplete rules left out</source>
        <translation>
            <numerusform>%n unvollständige Regeln nicht berücksichtigt</numerusform>
            <numerusform>%n unvollständige Regeln nicht berücksichtigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/filter/segmenteditor.cpp" line="161"/>
        <source>each rule&apos;s number is shown for at most %1 rules</source>
        <translation>die Zahl jeder Regel wird für höchstens %1 Regeln gezeigt</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmenteditor.cpp" line="172"/>
        <source>Without this rule the segment would have %1 customers; this rule alone matches %2.</source>
        <translation>Ohne diese Regel hätte das Segment %1 Kunden; diese Regel allein trifft auf %2 zu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/filter/segmenteditor.cpp" line="186"/>
        <source>%n incomplete rule is left out until it is complete.</source>
        <translation>
            <numerusform>%n unvollständige Regel wird nicht berücksichtigt, bis sie vollständig ist.</numerusform>
            <numerusform>%n unvollständige Regel wird nicht berücksichtigt, bis sie vollständig ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/filter/segmenteditor.cpp" line="188"/>
        <source>%n incomplete rules are left out until they are complete.</source>
        <translation>
            <numerusform>%n unvollständige Regeln werden nicht berücksichtigt, bis sie vollständig sind.</numerusform>
            <numerusform>%n unvollständige Regeln werden nicht berücksichtigt, bis sie vollständig sind.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/filter/segmenteditor.cpp" line="197"/>
        <source>The definition cannot be described yet. %1</source>
        <translation>Die Definition lässt sich noch nicht beschreiben. %1</translation>
    </message>
</context>
<context>
    <name>swb::SegmentListModel</name>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="97"/>
        <source>…</source>
        <extracomment>Size of a segment that is still being counted, or could not be counted</extracomment>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="97"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="104"/>
        <source>%1: dynamic segment, re-evaluated on the current data</source>
        <translation>%1: dynamisches Segment, wird auf den aktuellen Daten neu ausgewertet</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="105"/>
        <source>%1: static segment, a frozen list of customers</source>
        <translation>%1: statisches Segment, eine eingefrorene Kundenliste</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="109"/>
        <source>Cannot be counted: %1</source>
        <translation>Kann nicht gezählt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="111"/>
        <source>A change of this segment is being saved.</source>
        <translation>Eine Änderung dieses Segments wird gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="142"/>
        <source>Segment</source>
        <extracomment>Column header in the segments list</extracomment>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="145"/>
        <source>Customers</source>
        <extracomment>Column header: number of customers in the segment</extracomment>
        <translation>Kunden</translation>
    </message>
</context>
<context>
    <name>swb::SegmentNameDialog</name>
    <message>
        <location filename="../ui/segments/segmentnamedialog.cpp" line="52"/>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentnamedialog.cpp" line="54"/>
        <source>A segment name cannot contain a comma: definitions list segment names separated by commas.</source>
        <translation>Ein Segmentname darf kein Komma enthalten: Definitionen führen Segmentnamen durch Kommas getrennt auf.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentnamedialog.cpp" line="56"/>
        <source>Use at most 100 characters.</source>
        <translation>Verwenden Sie höchstens 100 Zeichen.</translation>
    </message>
</context>
<context>
    <name>swb::SegmentOperations</name>
    <message>
        <location filename="../model/jobs/segmentoperations.cpp" line="130"/>
        <source>Renaming the segment &quot;%1&quot;</source>
        <translation>Segment „%1“ wird umbenannt</translation>
    </message>
    <message>
        <location filename="../model/jobs/segmentoperations.cpp" line="137"/>
        <source>Duplicating the segment &quot;%1&quot;</source>
        <translation>Segment „%1“ wird dupliziert</translation>
    </message>
    <message>
        <location filename="../model/jobs/segmentoperations.cpp" line="143"/>
        <source>Deleting the segment &quot;%1&quot;</source>
        <translation>Segment „%1“ wird gelöscht</translation>
    </message>
    <message>
        <location filename="../model/jobs/segmentoperations.cpp" line="151"/>
        <location filename="../model/jobs/segmentoperations.cpp" line="159"/>
        <source>Saving the segment &quot;%1&quot;</source>
        <translation>Segment „%1“ wird gespeichert</translation>
    </message>
    <message>
        <location filename="../model/jobs/segmentoperations.cpp" line="164"/>
        <source>Taking a snapshot of &quot;%1&quot;</source>
        <translation>Schnappschuss von „%1“ wird erstellt</translation>
    </message>
    <message>
        <location filename="../model/jobs/segmentoperations.cpp" line="171"/>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich ist geöffnet.</translation>
    </message>
    <message>
        <location filename="../model/jobs/segmentoperations.cpp" line="250"/>
        <location filename="../model/jobs/segmentoperations.cpp" line="262"/>
        <source>Reading the saved segments</source>
        <translation>Gespeicherte Segmente werden gelesen</translation>
    </message>
    <message>
        <location filename="../model/jobs/segmentoperations.cpp" line="271"/>
        <source>Reading the segments&apos; snapshots</source>
        <translation>Schnappschüsse der Segmente werden gelesen</translation>
    </message>
    <message>
        <location filename="../model/jobs/segmentoperations.cpp" line="283"/>
        <source>Counting the segments&apos; customers</source>
        <translation>Kunden der Segmente werden gezählt</translation>
    </message>
    <message>
        <location filename="../model/jobs/segmentoperations.cpp" line="295"/>
        <source>Reading the values of %1</source>
        <translation>Werte von %1 werden gelesen</translation>
    </message>
</context>
<context>
    <name>swb::SegmentPage</name>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="39"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="40"/>
        <source>static</source>
        <translation>statisch</translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="40"/>
        <source>dynamic</source>
        <translation>dynamisch</translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="42"/>
        <source>Segment %1 of %2 · %3 · %4 customers (%5 of all)</source>
        <extracomment>Under a segment&apos;s name: its number in the report, its kind (dynamic/static), its size and share of all.</extracomment>
        <translation>Segment %1 von %2 · %3 · %4 Kunden (%5 aller)</translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="46"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="48"/>
        <source>All customers.</source>
        <translation>Alle Kunden.</translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="66"/>
        <source>KPIs against all customers</source>
        <translation>Kennzahlen im Vergleich zu allen Kunden</translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="68"/>
        <source>KPI</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="68"/>
        <source>This segment</source>
        <translation>Dieses Segment</translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="68"/>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="68"/>
        <source>Lift (100 = same)</source>
        <translation>Lift (100 = gleich)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/segmentpage.cpp" line="89"/>
        <source>Customers at each month end, last %n month(s)</source>
        <translation>
            <numerusform>Kunden an jedem Monatsende, letzter %n Monat</numerusform>
            <numerusform>Kunden an jedem Monatsende, letzte %n Monate</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="103"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="116"/>
        <source>Where this segment differs most from all customers</source>
        <translation>Wo sich dieses Segment am stärksten von allen Kunden unterscheidet</translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="118"/>
        <source>No field differs.</source>
        <translation>Kein Feld unterscheidet sich.</translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="124"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="124"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="124"/>
        <source>In this segment</source>
        <translation>In diesem Segment</translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="124"/>
        <source>Of all customers</source>
        <translation>Aller Kunden</translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="125"/>
        <source>Difference (percentage points)</source>
        <translation>Unterschied (Prozentpunkte)</translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="144"/>
        <source>Not available: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>swb::SegmentRepository</name>
    <message>
        <location filename="../model/segments/segmentrepository.cpp" line="102"/>
        <source>A segment needs a name.</source>
        <translation>Ein Segment braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../model/segments/segmentrepository.cpp" line="104"/>
        <source>A segment name cannot start or end with spaces.</source>
        <translation>Ein Segmentname darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <location filename="../model/segments/segmentrepository.cpp" line="109"/>
        <source>A segment name cannot contain line breaks, tabs or other control characters.</source>
        <translation>Ein Segmentname darf keine Zeilenumbrüche, Tabulatoren oder anderen Steuerzeichen enthalten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/segments/segmentrepository.cpp" line="113"/>
        <source>A segment name can be at most 200 characters long (this one has %n).</source>
        <translation>
            <numerusform>Ein Segmentname darf höchstens 200 Zeichen lang sein (dieser hat %n).</numerusform>
            <numerusform>Ein Segmentname darf höchstens 200 Zeichen lang sein (dieser hat %n).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/segments/segmentrepository.cpp" line="116"/>
        <source>A segment name cannot contain a comma (&quot;%1&quot;): definitions list segment names separated by commas.</source>
        <translation>Ein Segmentname darf kein Komma enthalten („%1“): Definitionen führen Segmentnamen durch Kommas getrennt auf.</translation>
    </message>
    <message>
        <location filename="../model/segments/segmentrepository.cpp" line="91"/>
        <source>A segment called &quot;%1&quot; exists already; choose another name.</source>
        <translation>Ein Segment namens „%1“ gibt es bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgsegmentedits.cpp" line="33"/>
        <location filename="../model/postgres/pgsegments.cpp" line="131"/>
        <location filename="../model/segments/segmentrepository.cpp" line="190"/>
        <location filename="../model/segments/segmentrepository.cpp" line="339"/>
        <location filename="../model/segments/segmentrepository.cpp" line="381"/>
        <location filename="../model/segments/segmentrepository.cpp" line="419"/>
        <location filename="../model/segments/segmentrepository.cpp" line="426"/>
        <location filename="../model/segments/segmentrepository.cpp" line="457"/>
        <location filename="../model/segments/segmentrepository.cpp" line="486"/>
        <source>There is no segment called &quot;%1&quot;.</source>
        <translation>Es gibt kein Segment namens „%1“.</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgsegmentedits.cpp" line="167"/>
        <location filename="../model/segments/segmentrepository.cpp" line="193"/>
        <source>&quot;%1&quot; is a static segment: its members are frozen. Save the definition as a new segment instead.</source>
        <translation>„%1“ ist ein statisches Segment: Seine Mitglieder sind eingefroren. Speichern Sie die Definition stattdessen als neues Segment.</translation>
    </message>
    <message>
        <location filename="../model/segments/segmentrepository.cpp" line="242"/>
        <source>The workspace has no customers yet: import a customer file first.</source>
        <translation>Der Arbeitsbereich enthält noch keine Kunden: Importieren Sie zuerst eine Kundendatei.</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgsegmentedits.cpp" line="106"/>
        <location filename="../model/segments/segmentrepository.cpp" line="461"/>
        <source>&quot;%1&quot; cannot be deleted: the segments %2 refer to it. Change or delete them first.</source>
        <translation>„%1“ kann nicht gelöscht werden: Die Segmente %2 verweisen darauf. Ändern oder löschen Sie diese zuerst.</translation>
    </message>
    <message>
        <location filename="../model/jobs/segmentoperations.cpp" line="82"/>
        <location filename="../model/segments/segmentrepository.cpp" line="474"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgsegments.cpp" line="123"/>
        <location filename="../model/segments/segmentrepository.cpp" line="571"/>
        <source>Name at least one segment to compare.</source>
        <translation>Geben Sie mindestens ein Segment zum Vergleichen an.</translation>
    </message>
</context>
<context>
    <name>swb::SegmentTasks</name>
    <message>
        <location filename="../model/jobs/segmenttasks.cpp" line="26"/>
        <source>The workspace is busy: another program is writing to it. Try again when it has finished.</source>
        <translation>Der Arbeitsbereich ist belegt: Ein anderes Programm schreibt gerade hinein. Versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <location filename="../model/jobs/segmenttasks.cpp" line="53"/>
        <source>The change was not made: it was cancelled.</source>
        <translation>Die Änderung wurde nicht vorgenommen: Sie wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>swb::SegmentWords</name>
    <message>
        <location filename="../model/segments/segmentwords.cpp" line="14"/>
        <source>The definition cannot be described: %1</source>
        <translation>Die Definition lässt sich nicht beschreiben: %1</translation>
    </message>
    <message>
        <location filename="../model/segments/segmentwords.cpp" line="19"/>
        <source>A fixed list of customers (static segment).</source>
        <translation>Eine feste Liste von Kunden (statisches Segment).</translation>
    </message>
    <message>
        <location filename="../model/segments/segmentwords.cpp" line="20"/>
        <source>A fixed list of customers (static segment), taken from: %1</source>
        <translation>Eine feste Liste von Kunden (statisches Segment), entnommen aus: %1</translation>
    </message>
</context>
<context>
    <name>swb::SegmentsDock</name>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="38"/>
        <source>Filter segments…</source>
        <translation>Segmente filtern…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="407"/>
        <source>Snapshot</source>
        <translation>Schnappschuss</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="418"/>
        <source>First snapshot of &quot;%1&quot;: %2 customers. The next snapshot will show who entered and who left.</source>
        <translation>Erster Schnappschuss von „%1“: %2 Kunden. Der nächste Schnappschuss zeigt, wer hinzugekommen ist und wer das Segment verlassen hat.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="420"/>
        <source>Snapshot of &quot;%1&quot;: %2 customers; %3 entered and %4 left since the previous one.</source>
        <translation>Schnappschuss von „%1“: %2 Kunden; seit dem vorigen %3 hinzugekommen und %4 weggefallen.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="114"/>
        <source>Open in builder</source>
        <translation>Im Segment-Editor öffnen</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="115"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="116"/>
        <source>Duplicate…</source>
        <translation>Duplizieren…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="117"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="118"/>
        <source>Take snapshot</source>
        <translation>Schnappschuss erstellen</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="119"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="120"/>
        <source>Export history…</source>
        <translation>Exportverlauf …</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="127"/>
        <source>Who exported the segment when, with which columns and PII policy</source>
        <translation>Wer das Segment wann exportiert hat, mit welchen Spalten und welcher Regel für personenbezogene Daten</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="128"/>
        <source>Freeze the current members and KPIs, to compare later how the segment changed</source>
        <translation>Aktuelle Mitglieder und Kennzahlen festhalten, um später zu vergleichen, wie sich das Segment verändert hat</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="192"/>
        <source>No saved segments yet. Build one in the segment builder and save it with Ctrl+S.</source>
        <translation>Noch keine gespeicherten Segmente. Erstellen Sie eines im Segment-Editor und speichern Sie es mit Strg+S.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="190"/>
        <source>Open a workspace to see its segments.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seine Segmente zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/segmentsdock.cpp" line="195"/>
        <source>No segment name contains &quot;%1&quot;. Clear the filter to see all %n segment(s).</source>
        <translation>
            <numerusform>Kein Segmentname enthält „%1“. Leeren Sie den Filter, um das %n Segment zu sehen.</numerusform>
            <numerusform>Kein Segmentname enthält „%1“. Leeren Sie den Filter, um alle %n Segmente zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="293"/>
        <source>Renaming &quot;%1&quot; to &quot;%2&quot;…</source>
        <translation>„%1“ wird in „%2“ umbenannt…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="295"/>
        <location filename="../ui/segments/segmentsdock.cpp" line="349"/>
        <source>Rename segment</source>
        <translation>Segment umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="311"/>
        <source>Copying &quot;%1&quot; to &quot;%2&quot;…</source>
        <translation>„%1“ wird nach „%2“ kopiert…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="326"/>
        <source>Deleting &quot;%1&quot;…</source>
        <translation>„%1“ wird gelöscht…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="349"/>
        <source>New name of the segment &quot;%1&quot;:</source>
        <translation>Neuer Name des Segments „%1“:</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="352"/>
        <location filename="../ui/segments/segmentsdock.cpp" line="372"/>
        <source>A segment called &quot;%1&quot; exists already.</source>
        <translation>Ein Segment namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="313"/>
        <location filename="../ui/segments/segmentsdock.cpp" line="369"/>
        <source>Duplicate segment</source>
        <translation>Segment duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="369"/>
        <source>Name of the copy of &quot;%1&quot;:</source>
        <translation>Name der Kopie von „%1“:</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="328"/>
        <location filename="../ui/segments/segmentsdock.cpp" line="385"/>
        <source>Delete segment</source>
        <translation>Segment löschen</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="386"/>
        <source>Delete the segment &quot;%1&quot; and its snapshots? This cannot be undone.</source>
        <translation>Das Segment „%1“ und seine Schnappschüsse löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="404"/>
        <source>Taking a snapshot of &quot;%1&quot;…</source>
        <translation>Schnappschuss von „%1“ wird erstellt…</translation>
    </message>
</context>
<context>
    <name>swb::Selection</name>
    <message>
        <location filename="../model/selection/selection.cpp" line="112"/>
        <source>all customers</source>
        <translation>alle Kunden</translation>
    </message>
    <message>
        <location filename="../model/selection/selection.cpp" line="116"/>
        <source>the definition %1</source>
        <translation>die Definition %1</translation>
    </message>
    <message>
        <location filename="../model/selection/selection.cpp" line="119"/>
        <source>the segment &quot;%1&quot;</source>
        <translation>das Segment „%1“</translation>
    </message>
    <message>
        <location filename="../model/selection/selection.cpp" line="121"/>
        <source>no customers</source>
        <translation>keine Kunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/selection/selection.cpp" line="121"/>
        <source>%Ln listed customer(s)</source>
        <translation>
            <numerusform>%Ln aufgeführter Kunde</numerusform>
            <numerusform>%Ln aufgeführte Kunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/selection/selection.cpp" line="123"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location filename="../model/selection/selection.cpp" line="125"/>
        <source>%1 without %2</source>
        <translation>%1 ohne %2</translation>
    </message>
    <message>
        <location filename="../model/selection/selection.cpp" line="127"/>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
</context>
<context>
    <name>swb::SelectionSql</name>
    <message>
        <location filename="../model/selection/selectionsql.cpp" line="94"/>
        <source>There is no segment called &quot;%1&quot;.</source>
        <translation>Es gibt kein Segment namens „%1“.</translation>
    </message>
</context>
<context>
    <name>swb::ServerConnectDialog</name>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="24"/>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="38"/>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="39"/>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="40"/>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="41"/>
        <source>Remove this saved connection and its password from the secret store</source>
        <translation>Diese gespeicherte Verbindung und ihr Passwort aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="48"/>
        <source>e.g. Team warehouse</source>
        <translation>z. B. Team-Warehouse</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="56"/>
        <source>libpq&apos;s sslmode: &quot;require&quot; encrypts, &quot;verify-full&quot; also checks the server&apos;s certificate and name</source>
        <translation>sslmode von libpq: „require“ verschlüsselt, „verify-full“ prüft auch Zertifikat und Namen des Servers</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="60"/>
        <source>&amp;Remember the password in the desktop&apos;s secret store</source>
        <translation>Passwort im Schlüsselbund des Desktops &amp;merken</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="64"/>
        <source>&amp;Saved:</source>
        <translation>Ge&amp;speichert:</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="67"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="68"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="69"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="70"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="71"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="72"/>
        <source>&amp;TLS mode:</source>
        <translation>&amp;TLS-Modus:</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="73"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="80"/>
        <source>&amp;Connect</source>
        <translation>Verb&amp;inden</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="129"/>
        <source>from the secret store</source>
        <translation>aus dem Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="159"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="161"/>
        <source>Connecting to %1</source>
        <translation>Verbinden mit %1</translation>
    </message>
</context>
<context>
    <name>swb::ServerProfile</name>
    <message>
        <location filename="../model/postgres/serverprofile.cpp" line="45"/>
        <source>Give the server&apos;s host name or address.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des Servers an.</translation>
    </message>
    <message>
        <location filename="../model/postgres/serverprofile.cpp" line="47"/>
        <source>Give the database that holds the workspace.</source>
        <translation>Geben Sie die Datenbank an, die den Arbeitsbereich enthält.</translation>
    </message>
    <message>
        <location filename="../model/postgres/serverprofile.cpp" line="49"/>
        <source>Give the user to connect as.</source>
        <translation>Geben Sie den Benutzer an, als der verbunden wird.</translation>
    </message>
</context>
<context>
    <name>swb::SharedColumnStores</name>
    <message>
        <location filename="../model/filter/sharedcolumnstores.cpp" line="52"/>
        <source>Cancelled while another job was loading the customers.</source>
        <translation>Abgebrochen, während ein anderer Auftrag die Kunden lud.</translation>
    </message>
</context>
<context>
    <name>swb::StoreKpis</name>
    <message>
        <location filename="../model/analytics/storekpis.cpp" line="142"/>
        <source>KPIs on &quot;%1&quot; (the column holds values of mixed types: %2)</source>
        <translation>Kennzahlen auf „%1“ (die Spalte enthält Werte gemischter Typen: %2)</translation>
    </message>
    <message>
        <location filename="../model/analytics/storekpis.cpp" line="143"/>
        <source>not loaded</source>
        <translation>nicht geladen</translation>
    </message>
</context>
<context>
    <name>swb::StoreSelections</name>
    <message>
        <location filename="../model/selection/storeselections.cpp" line="38"/>
        <source>The workspace has no customers yet: import a customer file first.</source>
        <translation>Der Arbeitsbereich enthält noch keine Kunden: Importieren Sie zuerst eine Kundendatei.</translation>
    </message>
    <message>
        <location filename="../model/selection/storeselections.cpp" line="70"/>
        <source>Name at least one segment to compare.</source>
        <translation>Nennen Sie mindestens ein Segment zum Vergleichen.</translation>
    </message>
    <message>
        <location filename="../model/selection/storeselections.cpp" line="77"/>
        <source>The overlap computation was cancelled.</source>
        <translation>Die Berechnung der Überschneidungen wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>swb::SweepChart</name>
    <message>
        <location filename="../ui/charts/sweepchart.cpp" line="24"/>
        <source>Choosing k</source>
        <translation>k wählen</translation>
    </message>
    <message>
        <location filename="../ui/charts/sweepchart.cpp" line="68"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location filename="../ui/charts/sweepchart.cpp" line="73"/>
        <source>k = %1
Inertia: %2
Silhouette: %3
Calinski–Harabasz: %4
Davies–Bouldin: %5</source>
        <translation>k = %1
Inertia: %2
Silhouette: %3
Calinski–Harabasz: %4
Davies–Bouldin: %5</translation>
    </message>
    <message>
        <location filename="../ui/charts/sweepchart.cpp" line="77"/>
        <location filename="../ui/charts/sweepchart.cpp" line="142"/>
        <source>Suggested k</source>
        <translation>Empfohlenes k</translation>
    </message>
    <message>
        <location filename="../ui/charts/sweepchart.cpp" line="78"/>
        <source>Click to show these clusters.</source>
        <translation>Klicken, um diese Cluster anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/charts/sweepchart.cpp" line="123"/>
        <location filename="../ui/charts/sweepchart.cpp" line="171"/>
        <source>Inertia</source>
        <translation>Inertia</translation>
    </message>
    <message>
        <location filename="../ui/charts/sweepchart.cpp" line="127"/>
        <location filename="../ui/charts/sweepchart.cpp" line="176"/>
        <source>Silhouette</source>
        <translation>Silhouette</translation>
    </message>
    <message>
        <location filename="../ui/charts/sweepchart.cpp" line="148"/>
        <source>Shown</source>
        <translation>Angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/charts/sweepchart.cpp" line="165"/>
        <source>Number of clusters (k)</source>
        <translation>Anzahl Cluster (k)</translation>
    </message>
    <message>
        <location filename="../ui/charts/sweepchart.cpp" line="171"/>
        <source>Inertia (thousands)</source>
        <translation>Inertia (Tausend)</translation>
    </message>
    <message>
        <location filename="../ui/charts/sweepchart.cpp" line="195"/>
        <source>Choosing k: %1 suggested</source>
        <translation>k wählen: %1 empfohlen</translation>
    </message>
</context>
<context>
    <name>swb::TextValueEditor</name>
    <message>
        <location filename="../ui/filter/editors/simplevalueeditors.cpp" line="76"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>swb::TrendCalculator</name>
    <message>
        <location filename="../model/analytics/trendcalculator.cpp" line="176"/>
        <location filename="../model/analytics/trendcalculator.cpp" line="386"/>
        <source>The trend was canceled.</source>
        <translation>Der Verlauf wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../model/analytics/trendcalculator.cpp" line="198"/>
        <source>&quot;%1&quot; as of %2: %3</source>
        <translation>„%1“ zum %2: %3</translation>
    </message>
    <message>
        <location filename="../model/analytics/trendcalculator.cpp" line="215"/>
        <source>The customers or their orders are not loaded.</source>
        <translation>Die Kunden oder ihre Bestellungen sind nicht geladen.</translation>
    </message>
    <message>
        <location filename="../model/analytics/trendcalculator.cpp" line="219"/>
        <source>The order lines were matched with other customers than the ones given.</source>
        <translation>Die Bestellzeilen wurden anderen als den angegebenen Kunden zugeordnet.</translation>
    </message>
    <message>
        <location filename="../model/analytics/trendcalculator.cpp" line="223"/>
        <source>A trend needs between 1 and %1 dates; %2 were given.</source>
        <translation>Ein Verlauf braucht zwischen 1 und %1 Stichtage; angegeben wurden %2.</translation>
    </message>
    <message>
        <location filename="../model/analytics/trendcalculator.cpp" line="230"/>
        <source>The dates of a trend must be ascending.</source>
        <translation>Die Stichtage eines Verlaufs müssen aufsteigend sein.</translation>
    </message>
    <message>
        <location filename="../model/analytics/trendcalculator.cpp" line="235"/>
        <source>The customers have no fields derived from orders. Import the orders again (swb import FILE --kind orders) to derive them.</source>
        <translation>Die Kunden haben keine aus Bestellungen abgeleiteten Felder. Importieren Sie die Bestellungen erneut (swb import DATEI --kind orders), um sie abzuleiten.</translation>
    </message>
    <message>
        <location filename="../model/analytics/trendcalculator.cpp" line="256"/>
        <source>The definition of &quot;%1&quot; is not valid: %2</source>
        <translation>Die Definition von „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <location filename="../model/analytics/trendcalculator.cpp" line="265"/>
        <source>The trend of &quot;%1&quot; cannot be computed yet: its definition has order rules (@orders). Remove them from a copy of the segment to see its trend.</source>
        <translation>Der Verlauf von „%1“ kann noch nicht berechnet werden: seine Definition enthält Bestellregeln (@orders). Entfernen Sie sie aus einer Kopie des Segments, um ihren Verlauf zu sehen.</translation>
    </message>
</context>
<context>
    <name>swb::TrendPanel</name>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="32"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="33"/>
        <source>Share of base</source>
        <translation>Anteil am Bestand</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="34"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="35"/>
        <source>Revenue per customer</source>
        <translation>Umsatz je Kunde</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="36"/>
        <source>Average order value</source>
        <translation>Durchschn. Bestellwert</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="37"/>
        <source>Purchase frequency</source>
        <translation>Kaufhäufigkeit</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="38"/>
        <source>Median recency (days)</source>
        <translation>Median-Recency (Tage)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="39"/>
        <source>Churn rate</source>
        <translation>Abwanderungsrate</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="40"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="41"/>
        <source>CLV (historical)</source>
        <translation>CLV (historisch)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="82"/>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="83"/>
        <source>How far back the back-calculation goes</source>
        <translation>Wie weit die Rückrechnung zurückreicht</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="85"/>
        <source>Month ends</source>
        <translation>Monatsenden</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="86"/>
        <source>Week ends</source>
        <translation>Wochenenden</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="90"/>
        <source>Trend</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="91"/>
        <source>Dashed: back-calculated from the order lines (other fields as today); dots: snapshots</source>
        <translation>Gestrichelt: aus den Bestellzeilen zurückgerechnet (andere Felder wie heute); Punkte: Schnappschüsse</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="100"/>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="225"/>
        <source>Reading the segments&apos; snapshots</source>
        <translation>Schnappschüsse der Segmente werden gelesen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="247"/>
        <source>%1 (snapshots)</source>
        <translation>%1 (Schnappschüsse)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="256"/>
        <source>%1, snapshot of %2: %3
%4 entered, %5 left since the snapshot before</source>
        <translation>%1, Schnappschuss vom %2: %3
%4 hinzugekommen, %5 ausgeschieden seit dem vorigen Schnappschuss</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="282"/>
        <source>%1, as of %2: %3 (back-calculated)</source>
        <translation>%1, zum %2: %3 (zurückgerechnet)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="299"/>
        <source>%1 (back-calculated)</source>
        <translation>%1 (zurückgerechnet)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="306"/>
        <source>Whole base (back-calculated)</source>
        <translation>Gesamter Bestand (zurückgerechnet)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="334"/>
        <source>Back-calculating… %1%</source>
        <translation>Rückrechnung … %1 %</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="336"/>
        <source>No back-calculation: %1</source>
        <translation>Keine Rückrechnung: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="342"/>
        <source>Reading snapshots…</source>
        <translation>Schnappschüsse werden gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="344"/>
        <source>The snapshots could not be read: %1</source>
        <translation>Die Schnappschüsse konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="350"/>
        <source>No snapshots yet: right-click a segment in the Segments panel → Take snapshot.</source>
        <translation>Noch keine Schnappschüsse: Rechtsklick auf ein Segment im Bereich Segmente → Schnappschuss erstellen.</translation>
    </message>
</context>
<context>
    <name>swb::TrendService</name>
    <message>
        <location filename="../model/analytics/trendservice.cpp" line="71"/>
        <source>The trend was canceled.</source>
        <translation>Der Verlauf wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../model/analytics/trendservice.cpp" line="127"/>
        <source>Computing the trend</source>
        <translation>Verlauf wird berechnet</translation>
    </message>
    <message>
        <location filename="../model/analytics/trendservice.cpp" line="157"/>
        <source>Back-calculated from the order lines: orders count, revenue, first and last purchase and average order value as of each date; relative dates count from it; a customer counts from the signup date or the first order. All other fields are taken as they are today.</source>
        <translation>Aus den Bestellzeilen zurückgerechnet: Anzahl Bestellungen, Umsatz, erster und letzter Kauf und durchschnittlicher Bestellwert zum jeweiligen Stichtag; relative Datumsangaben zählen ab diesem Tag; ein Kunde zählt ab seinem Anmeldedatum oder seiner ersten Bestellung. Alle anderen Felder werden so genommen, wie sie heute sind.</translation>
    </message>
    <message>
        <location filename="../model/analytics/trendservice.cpp" line="186"/>
        <source>Preparing the data for trends</source>
        <translation>Daten für Verläufe werden vorbereitet</translation>
    </message>
    <message>
        <location filename="../model/analytics/trendservice.cpp" line="169"/>
        <location filename="../model/analytics/trendservice.cpp" line="203"/>
        <source>The workspace has no customers yet. Import a customers file first.</source>
        <translation>Der Arbeitsbereich enthält noch keine Kunden. Importieren Sie zuerst eine Kundendatei.</translation>
    </message>
    <message>
        <location filename="../model/analytics/trendservice.cpp" line="214"/>
        <source>There is no segment called &quot;%1&quot;.</source>
        <translation>Es gibt kein Segment namens „%1“.</translation>
    </message>
    <message>
        <location filename="../model/analytics/trendservice.cpp" line="224"/>
        <source>No month or week ends between %1 and %2: choose a longer range.</source>
        <translation>Zwischen %1 und %2 liegt kein Monats- oder Wochenende: Wählen Sie einen längeren Zeitraum.</translation>
    </message>
    <message>
        <location filename="../model/analytics/trendservice.cpp" line="226"/>
        <source>Choose at least one month.</source>
        <translation>Wählen Sie mindestens einen Monat.</translation>
    </message>
    <message>
        <location filename="../model/analytics/trendservice.cpp" line="230"/>
        <source>A trend has at most %1 points; choose a shorter range or monthly steps.</source>
        <translation>Ein Verlauf hat höchstens %1 Punkte; wählen Sie einen kürzeren Zeitraum oder monatliche Schritte.</translation>
    </message>
</context>
<context>
    <name>swb::ValueCharts</name>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="35"/>
        <location filename="../ui/value/valuecharts.cpp" line="97"/>
        <source>Later purchases by earlier purchases (x)</source>
        <translation>Spätere Käufe nach früheren Käufen (x)</translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="36"/>
        <source>Purchases per customer</source>
        <translation>Käufe je Kunde</translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="39"/>
        <source>Customers by predicted CLV</source>
        <translation>Kunden nach vorhergesagtem CLV</translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="40"/>
        <location filename="../ui/value/valuecharts.cpp" line="47"/>
        <location filename="../ui/value/valuecharts.cpp" line="120"/>
        <location filename="../ui/value/valuecharts.cpp" line="122"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="46"/>
        <source>Customers by probability of being active, P(alive)</source>
        <translation>Kunden nach Wahrscheinlichkeit, aktiv zu sein, P(alive)</translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="51"/>
        <source>Repeat purchases after the calibration end</source>
        <translation>Wiederholungskäufe nach dem Kalibrierungsende</translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="52"/>
        <source>Repeat purchases (cumulative)</source>
        <translation>Wiederholungskäufe (kumuliert)</translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="54"/>
        <source>Backtest</source>
        <translation>Backtest</translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="55"/>
        <source>Tracking</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="56"/>
        <source>Predicted CLV</source>
        <translation>Vorhergesagter CLV</translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="57"/>
        <source>P(alive)</source>
        <translation>P(alive)</translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="73"/>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="75"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="89"/>
        <location filename="../ui/value/valuecharts.cpp" line="101"/>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="90"/>
        <location filename="../ui/value/valuecharts.cpp" line="102"/>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="92"/>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="99"/>
        <source>Purchases per customer in %1 weeks</source>
        <translation>Käufe je Kunde in %1 Wochen</translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="111"/>
        <source>Backtest: no orders after the calibration end. Choose an earlier calibration end to compare predictions with what happened.</source>
        <translation>Backtest: keine Bestellungen nach dem Kalibrierungsende. Wählen Sie ein früheres Kalibrierungsende, um Vorhersagen mit dem Eingetretenen zu vergleichen.</translation>
    </message>
</context>
<context>
    <name>swb::ValueEditor</name>
    <message>
        <location filename="../ui/filter/editors/valueeditor.cpp" line="123"/>
        <source> days ago</source>
        <translation> Tage her</translation>
    </message>
    <message>
        <location filename="../ui/filter/editors/valueeditor.cpp" line="123"/>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
</context>
<context>
    <name>swb::ValueFormat</name>
    <message>
        <location filename="../ui/customers/valueformat.cpp" line="81"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/customers/valueformat.cpp" line="82"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>swb::ValuePage</name>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="54"/>
        <source>Fitted &amp;parameters</source>
        <translation>Geschätzte &amp;Parameter</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="76"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="96"/>
        <source>The models learn from the orders up to this day; later orders test their predictions. The saved predictions look ahead from this day: choose the as-of date to predict from today.</source>
        <translation>Die Modelle lernen aus den Bestellungen bis zu diesem Tag; spätere Bestellungen prüfen ihre Vorhersagen. Die gespeicherten Vorhersagen blicken von diesem Tag aus voraus: wählen Sie das Stichtagsdatum, um ab heute vorherzusagen.</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="103"/>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="104"/>
        <source>How far ahead the predicted CLV and expected purchases reach.</source>
        <translation>Wie weit der vorhergesagte CLV und die erwarteten Käufe vorausreichen.</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="110"/>
        <source>% a year</source>
        <translation>% pro Jahr</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="111"/>
        <source>Money later is worth less: the predicted CLV discounts each month at this rate.</source>
        <translation>Späteres Geld ist weniger wert: der vorhergesagte CLV diskontiert jeden Monat mit diesem Satz.</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="112"/>
        <source>&amp;Fit Models</source>
        <translation>Modelle &amp;schätzen</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="114"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="115"/>
        <source>Fits the purchase and spend models on the orders (%1).</source>
        <translation>Schätzt das Kauf- und das Ausgabenmodell aus den Bestellungen (%1).</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="117"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="127"/>
        <source>Ca&amp;libration end:</source>
        <translation>Ka&amp;librierungsende:</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="129"/>
        <source>&amp;Horizon:</source>
        <translation>&amp;Horizont:</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="131"/>
        <source>&amp;Discount rate:</source>
        <translation>&amp;Diskontsatz:</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="144"/>
        <source>Suggested segments</source>
        <translation>Vorgeschlagene Segmente</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="151"/>
        <source>Save &amp;Top Customers</source>
        <translation>&amp;Top-Kunden speichern</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="153"/>
        <source>Stores the predictions as customer fields, then saves the customers with the highest predicted CLV as a static segment.</source>
        <translation>Speichert die Vorhersagen als Kundenfelder und dann die Kunden mit dem höchsten vorhergesagten CLV als statisches Segment.</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="158"/>
        <source>Top by predicted CLV:</source>
        <translation>Top nach vorhergesagtem CLV:</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="164"/>
        <source>P(alive) &lt; </source>
        <translation>P(alive) &lt; </translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="169"/>
        <source>top </source>
        <translation>Top </translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="170"/>
        <source>% by revenue</source>
        <translation>% nach Umsatz</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="171"/>
        <source>Save &amp;At-Risk Customers</source>
        <translation>&amp;Gefährdete Kunden speichern</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="173"/>
        <source>Past high spenders (by historical revenue) who have probably stopped buying: a segment to win back.</source>
        <translation>Bisherige Vielkäufer (nach bisherigem Umsatz), die wahrscheinlich nicht mehr kaufen: ein Segment zur Rückgewinnung.</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="178"/>
        <source>At risk:</source>
        <translation>Gefährdet:</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="225"/>
        <source>Fitting the models on the orders up to %1…</source>
        <translation>Die Modelle werden aus den Bestellungen bis %1 geschätzt…</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="250"/>
        <source>The fit was cancelled; the results shown (if any) are from before.</source>
        <translation>Die Schätzung wurde abgebrochen; angezeigte Ergebnisse (falls vorhanden) sind von vorher.</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="269"/>
        <source>Cannot fit: %1</source>
        <translation>Schätzung nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="291"/>
        <source>%1 customers by %2, %3 of them bought again.</source>
        <translation>%1 Kunden bis %2, davon %3 mit erneutem Kauf.</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="296"/>
        <source>Next %1 weeks: mean predicted CLV %2, mean P(alive) %3.</source>
        <translation>Nächste %1 Wochen: mittlerer vorhergesagter CLV %2, mittleres P(alive) %3.</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="307"/>
        <source>The predictions cannot be used: %1</source>
        <translation>Die Vorhersagen sind nicht verwendbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="329"/>
        <source>Top %1% by predicted CLV</source>
        <translation>Top %1% nach vorhergesagtem CLV</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="330"/>
        <source>At risk: P(alive) &lt; %1 among top %2% spenders</source>
        <translation>Gefährdet: P(alive) &lt; %1 unter den Top %2% nach Umsatz</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="334"/>
        <source>Saving the predictions and a segment</source>
        <translation>Vorhersagen und ein Segment werden gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="348"/>
        <source>Save Segment</source>
        <translation>Segment speichern</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="362"/>
        <source>Saved the segment &quot;%1&quot; with %2 customers (predictions stored as p_alive, expected_purchases, expected_order_value and predicted_clv).</source>
        <translation>Segment „%1“ mit %2 Kunden gespeichert (Vorhersagen gespeichert als p_alive, expected_purchases, expected_order_value und predicted_clv).</translation>
    </message>
    <message>
        <location filename="../ui/value/valuesegmentcommand.cpp" line="8"/>
        <source>Save segment &quot;%1&quot;</source>
        <translation>Segment „%1“ speichern</translation>
    </message>
</context>
<context>
    <name>swb::ValueParameterModel</name>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="22"/>
        <source>Purchases</source>
        <translation>Käufe</translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="23"/>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="25"/>
        <source>converged</source>
        <translation>konvergiert</translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="25"/>
        <source>not converged</source>
        <translation>nicht konvergiert</translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="33"/>
        <source>Shape of how purchase rates differ between customers: small r, very different rates</source>
        <translation>Form der Unterschiede der Kaufraten zwischen Kunden: kleines r, sehr unterschiedliche Raten</translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="38"/>
        <source>Scale of the purchase rates: r/α is the mean purchases per week</source>
        <translation>Skala der Kaufraten: r/α ist die mittlere Zahl der Käufe pro Woche</translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="43"/>
        <source>Drop-out: with b, how likely a customer stops after a purchase (mean a/(a+b))</source>
        <translation>Abwanderung: mit b, wie wahrscheinlich ein Kunde nach einem Kauf aufhört (im Mittel a/(a+b))</translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="44"/>
        <source>Drop-out: larger b, customers stay longer</source>
        <translation>Abwanderung: größeres b, Kunden bleiben länger</translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="45"/>
        <location filename="../ui/value/valueparametermodel.cpp" line="59"/>
        <source>log-likelihood</source>
        <translation>Log-Likelihood</translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="45"/>
        <location filename="../ui/value/valueparametermodel.cpp" line="59"/>
        <source>How well the model fits (higher is better)</source>
        <translation>Wie gut das Modell passt (höher ist besser)</translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="46"/>
        <location filename="../ui/value/valueparametermodel.cpp" line="60"/>
        <source>fit</source>
        <translation>Schätzung</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/value/valueparametermodel.cpp" line="47"/>
        <source>%n iteration(s)</source>
        <translation>
            <numerusform>%n Iteration</numerusform>
            <numerusform>%n Iterationen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="52"/>
        <source>Shape of the spend per purchase: larger p, a customer&apos;s purchases vary less</source>
        <translation>Form der Ausgaben je Kauf: größeres p, die Käufe eines Kunden schwanken weniger</translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="53"/>
        <source>How spend levels differ between customers: small q, more</source>
        <translation>Wie sich das Ausgabenniveau zwischen Kunden unterscheidet: kleines q, stärker</translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="58"/>
        <source>Scale of the spend levels: the mean spend per purchase is pγ/(q−1)</source>
        <translation>Skala des Ausgabenniveaus: die mittlere Ausgabe je Kauf ist pγ/(q−1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/value/valueparametermodel.cpp" line="61"/>
        <source>%Ln repeat customer(s) with spend</source>
        <translation>
            <numerusform>%Ln Wiederkäufer mit Ausgaben</numerusform>
            <numerusform>%Ln Wiederkäufer mit Ausgaben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="104"/>
        <source>BG/NBD (Fader, Hardie &amp; Lee 2005): how often customers buy and when they stop</source>
        <translation>BG/NBD (Fader, Hardie &amp; Lee 2005): wie oft Kunden kaufen und wann sie aufhören</translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="106"/>
        <source>Gamma-Gamma (Fader &amp; Hardie): how much customers spend per purchase</source>
        <translation>Gamma-Gamma (Fader &amp; Hardie): wie viel Kunden je Kauf ausgeben</translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="130"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="132"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="134"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="136"/>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
</context>
<context>
    <name>swb::ValueSuggestions</name>
    <message>
        <location filename="../ui/filter/editors/valuesuggestions.cpp" line="61"/>
        <source>Reading the values of %1</source>
        <translation>Werte von %1 werden gelesen</translation>
    </message>
</context>
<context>
    <name>swb::ValueTypeText</name>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="110"/>
        <source>Numbers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="112"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="115"/>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="117"/>
        <source>Yes/No</source>
        <translation>Ja/Nein</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="119"/>
        <source>Saved segments</source>
        <translation>Gespeicherte Segmente</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="123"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="134"/>
        <source>is on</source>
        <extracomment>Operator label: the field equals the value</extracomment>
        <translation>ist am</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="134"/>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="136"/>
        <source>is not on</source>
        <translation>ist nicht am</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="136"/>
        <source>is not</source>
        <translation>ist nicht</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="138"/>
        <source>is before</source>
        <translation>ist vor</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="138"/>
        <source>is less than</source>
        <translation>ist kleiner als</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="140"/>
        <source>is after</source>
        <translation>ist nach</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="140"/>
        <source>is greater than</source>
        <translation>ist größer als</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="142"/>
        <source>is on or before</source>
        <translation>ist am oder vor</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="142"/>
        <source>is at most</source>
        <translation>ist höchstens</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="144"/>
        <source>is on or after</source>
        <translation>ist am oder nach</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="144"/>
        <source>is at least</source>
        <translation>ist mindestens</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="146"/>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="148"/>
        <source>begins with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="150"/>
        <source>ends with</source>
        <translation>endet auf</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="152"/>
        <source>does not contain</source>
        <translation>enthält nicht</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="154"/>
        <source>does not begin with</source>
        <translation>beginnt nicht mit</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="156"/>
        <source>does not end with</source>
        <translation>endet nicht auf</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="158"/>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="160"/>
        <source>is not empty</source>
        <translation>ist nicht leer</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="162"/>
        <source>is in any of</source>
        <translation>ist eines von</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="162"/>
        <source>is one of</source>
        <translation>ist einer von</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="164"/>
        <source>is in none of</source>
        <translation>ist keines von</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="164"/>
        <source>is none of</source>
        <translation>ist keiner von</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="166"/>
        <source>is between</source>
        <translation>ist zwischen</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="168"/>
        <source>is not between</source>
        <translation>ist nicht zwischen</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="170"/>
        <source>is in the last</source>
        <translation>ist in den letzten</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="172"/>
        <source>is not in the last</source>
        <translation>ist nicht in den letzten</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="174"/>
        <source>is more than</source>
        <translation>ist mehr als</translation>
    </message>
</context>
<context>
    <name>swb::Workspace</name>
    <message>
        <location filename="../model/workspace.cpp" line="62"/>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 ist ein Ordner, keine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="66"/>
        <source>The workspace %1 does not exist.</source>
        <translation>Den Arbeitsbereich %1 gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="89"/>
        <source>%1 is not a workspace: it is not an SQLite database. Choose a .sqlite workspace file or create a new one.</source>
        <translation>%1 ist kein Arbeitsbereich: Es ist keine SQLite-Datenbank. Wählen Sie eine .sqlite-Arbeitsbereichsdatei oder legen Sie einen neuen Arbeitsbereich an.</translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="82"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="55"/>
        <source>%1 is being written by another program, for example an import from the command line. Open it again when that has finished.</source>
        <translation>%1 wird gerade von einem anderen Programm geschrieben, zum Beispiel von einem Import über die Kommandozeile. Öffnen Sie den Arbeitsbereich erneut, wenn dieser abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="71"/>
        <source>%1 is read-only. Make the file writable (for example chmod u+w), or copy it to a folder of yours and open the copy.</source>
        <translation>%1 ist schreibgeschützt. Machen Sie die Datei beschreibbar (zum Beispiel mit chmod u+w) oder kopieren Sie sie in einen eigenen Ordner und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="75"/>
        <source>The folder %1 is read-only: Segment Workbench writes its journal files beside the workspace. Copy the workspace to a folder you can write to and open the copy.</source>
        <translation>Der Ordner %1 ist schreibgeschützt: Segment Workbench schreibt seine Journaldateien neben den Arbeitsbereich. Kopieren Sie den Arbeitsbereich in einen Ordner, in den Sie schreiben dürfen, und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="93"/>
        <location filename="../model/workspace.cpp" line="101"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="109"/>
        <source>%1 is an SQLite database but not a Segment Workbench workspace. Import its data into a new workspace instead.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Arbeitsbereich von Segment Workbench. Importieren Sie die Daten stattdessen in einen neuen Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="113"/>
        <source>%1 is a Segment Workbench workspace whose schema version was reset to %2 by another program (PRAGMA user_version), so it cannot be opened safely. Restore it from a backup, or set the version back with the sqlite3 command line (PRAGMA user_version = %3 for a workspace made by this version).</source>
        <translation>%1 ist ein Arbeitsbereich von Segment Workbench, dessen Schemaversion von einem anderen Programm auf %2 zurückgesetzt wurde (PRAGMA user_version), daher kann er nicht sicher geöffnet werden. Stellen Sie ihn aus einer Sicherung wieder her oder setzen Sie die Version mit dem sqlite3-Kommandozeilenprogramm zurück (PRAGMA user_version = %3 für einen Arbeitsbereich dieser Version).</translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="119"/>
        <source>%1 was written by a newer version of Segment Workbench (schema %2; this version reads up to %3). Update Segment Workbench to open it.</source>
        <translation>%1 wurde von einer neueren Version von Segment Workbench geschrieben (Schema %2; diese Version liest bis Schema %3). Aktualisieren Sie Segment Workbench, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="126"/>
        <source>Cannot prepare %1: %2</source>
        <translation>%1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="130"/>
        <source>Cannot upgrade %1: %2</source>
        <translation>%1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="148"/>
        <source>%1 is a PostgreSQL server: this works on workspace files only so far. On a server the app builds, counts, saves and exports segments, and swb also computes KPIs and RFM scores (the README&apos;s &quot;On a PostgreSQL server&quot; lists what works there).</source>
        <translation>%1 ist ein PostgreSQL-Server: Dies funktioniert bisher nur mit Arbeitsbereichsdateien. Auf einem Server erstellt, zählt, speichert und exportiert die App Segmente, und swb berechnet auch KPIs und RFM-Werte (der Abschnitt „On a PostgreSQL server“ der README listet, was dort funktioniert).</translation>
    </message>
</context>
<context>
    <name>swb::WorkspaceSession</name>
    <message>
        <location filename="../model/jobs/workspacesession.cpp" line="26"/>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <location filename="../model/jobs/workspacesession.cpp" line="65"/>
        <source>Creating the demo workspace</source>
        <translation>Demo-Arbeitsbereich wird angelegt</translation>
    </message>
    <message>
        <location filename="../model/jobs/workspacesession.cpp" line="71"/>
        <source>The demo workspace was not created: cancelled.</source>
        <translation>Der Demo-Arbeitsbereich wurde nicht angelegt: abgebrochen.</translation>
    </message>
</context>
<context>
    <name>swb::WorkspaceTasks</name>
    <message>
        <location filename="../model/jobs/workspacetasks.cpp" line="62"/>
        <source>Cannot store the as-of date in %1: %2</source>
        <translation>Der Stichtag kann nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>swb::XlsxTableWriter</name>
    <message>
        <location filename="../model/export/xlsxtablewriter.cpp" line="115"/>
        <source>Cannot create the workbook %1.</source>
        <translation>Die Arbeitsmappe %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../model/export/xlsxtablewriter.cpp" line="149"/>
        <source>Cannot add a worksheet to %1.</source>
        <translation>Zu %1 kann kein Arbeitsblatt hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../model/export/xlsxtablewriter.cpp" line="190"/>
        <source>Cannot write the workbook %1: %2</source>
        <translation>Die Arbeitsmappe %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>swb::gui::GuiOptionsParser</name>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="14"/>
        <source>Segment Workbench: build, compare and export customer segments.</source>
        <translation>Segment Workbench: Kundensegmente bilden, vergleichen und exportieren.</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="17"/>
        <source>Workspace file (.sqlite) to open.</source>
        <translation>Zu öffnende Arbeitsbereichsdatei (.sqlite).</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="18"/>
        <source>[WORKSPACE]</source>
        <translation>[ARBEITSBEREICH]</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="24"/>
        <source>PAGE</source>
        <translation>SEITE</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="26"/>
        <source>Write a PNG of the window (or dialog) once the page has loaded, then exit.</source>
        <translation>Ein PNG des Fensters (oder Dialogs) schreiben, sobald die Seite geladen ist, und dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="28"/>
        <source>FILE.png</source>
        <translation>DATEI.png</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="21"/>
        <source>Page to show: customers, builder, dashboard, rfm, clusters (with a finished run), value (customer value, with a finished fit), import (the import wizard on the demo customers file) or export (the export dialog).</source>
        <translation>Anzuzeigende Seite: customers, builder, dashboard, rfm, clusters (mit einem fertigen Lauf), value (Kundenwert, mit einer fertigen Schätzung), import (der Import-Assistent mit der Demo-Kundendatei) oder export (der Exportdialog).</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="30"/>
        <source>Saved segment to open in the segment builder (shows the builder page); with --report, a segment to include (repeat for more; default: all saved).</source>
        <translation>Gespeichertes Segment, das im Segment-Editor geöffnet wird (zeigt die Editor-Seite); mit --report ein Segment für den Bericht (für mehrere wiederholen; Vorgabe: alle gespeicherten).</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="32"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="33"/>
        <source>Interface language, e.g. de, fr or en.</source>
        <translation>Sprache der Oberfläche, z.&#xa0;B. de, fr oder en.</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="33"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="35"/>
        <source>Write the review report of the workspace to this PDF file and exit, without a window (runs without a display).</source>
        <translation>Den Prüfbericht des Arbeitsbereichs in diese PDF-Datei schreiben und beenden, ohne Fenster (läuft ohne Bildschirm).</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="37"/>
        <source>FILE.pdf</source>
        <translation>DATEI.pdf</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="40"/>
        <source>With --report: the as-of date recency counts to and the trend ends at, as for swb kpis --as-of (default: the workspace&apos;s).</source>
        <translation>Mit --report: der Stichtag, bis zu dem die Recency zählt und an dem der Verlauf endet, wie bei swb kpis --as-of (Vorgabe: der des Arbeitsbereichs).</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="42"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="44"/>
        <source>With --report: months of trend before the as-of date (default 12).</source>
        <translation>Mit --report: Monate des Verlaufs vor dem Stichtag (Vorgabe 12).</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="44"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="68"/>
        <source>Give at most one workspace file; got %1.</source>
        <translation>Geben Sie höchstens eine Arbeitsbereichsdatei an; angegeben: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="89"/>
        <source>Unknown page &quot;%1&quot;: use customers, builder, dashboard, rfm, clusters, value, import or export.</source>
        <translation>Unbekannte Seite „%1“: Verwenden Sie customers, builder, dashboard, rfm, clusters, value, import oder export.</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="97"/>
        <source>--as-of and --months belong to --report: add --report FILE.pdf.</source>
        <translation>--as-of und --months gehören zu --report: Geben Sie --report DATEI.pdf an.</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="99"/>
        <source>--segment opens one segment in the builder; several are only taken with --report.</source>
        <translation>--segment öffnet ein Segment im Editor; mehrere werden nur mit --report angenommen.</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="122"/>
        <source>--report needs a file name ending in .pdf.</source>
        <translation>--report braucht einen Dateinamen, der auf .pdf endet.</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="124"/>
        <source>--report needs a workspace: give its file before --report.</source>
        <translation>--report braucht einen Arbeitsbereich: Geben Sie seine Datei vor --report an.</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="127"/>
        <source>--report cannot be combined with --%1.</source>
        <translation>--report lässt sich nicht mit --%1 kombinieren.</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="134"/>
        <source>--as-of takes a date as YYYY-MM-DD, e.g. 2024-06-30; got &quot;%1&quot;.</source>
        <translation>--as-of erwartet ein Datum als JJJJ-MM-TT, z. B. 2024-06-30; erhalten: „%1“.</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="141"/>
        <source>--months takes a whole number from 1 to %1; got &quot;%2&quot;.</source>
        <translation>--months erwartet eine ganze Zahl von 1 bis %1; erhalten: „%2“.</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="103"/>
        <source>--segment opens the segment builder: it cannot be combined with --page %1.</source>
        <translation>--segment öffnet den Segment-Editor und lässt sich daher nicht mit --page %1 kombinieren.</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="109"/>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot braucht einen Dateinamen.</translation>
    </message>
</context>
<context>
    <name>swb::gui::ReportRun</name>
    <message>
        <location filename="../app/gui/reportrun.cpp" line="49"/>
        <source>The workspace %1 does not exist. Give the path of a workspace file.</source>
        <translation>Der Arbeitsbereich %1 existiert nicht. Geben Sie den Pfad einer Arbeitsbereichsdatei an.</translation>
    </message>
    <message>
        <location filename="../app/gui/reportrun.cpp" line="65"/>
        <source>Making the review report</source>
        <translation>Prüfbericht wird erstellt</translation>
    </message>
    <message>
        <location filename="../app/gui/reportrun.cpp" line="79"/>
        <source>The report was not made: its work ended without a result.</source>
        <translation>Der Bericht wurde nicht erstellt: Die Arbeit endete ohne Ergebnis.</translation>
    </message>
</context>
<context>
    <name>swb::gui::Startup</name>
    <message>
        <location filename="../app/gui/startup.cpp" line="51"/>
        <source>--page export needs a workspace with customers: give its file.</source>
        <translation>--page export braucht einen Arbeitsbereich mit Kunden: Geben Sie seine Datei an.</translation>
    </message>
    <message>
        <location filename="../app/gui/startup.cpp" line="56"/>
        <source>The page did not finish loading within %1 seconds; no screenshot was written.</source>
        <translation>Die Seite wurde nicht innerhalb von %1 Sekunden fertig geladen; es wurde kein Screenshot geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/gui/startup.cpp" line="82"/>
        <location filename="../app/gui/startup.cpp" line="223"/>
        <source>Cannot create a temporary folder.</source>
        <translation>Es kann kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/startup.cpp" line="107"/>
        <source>This is a scratch workspace that is deleted when Segment Workbench closes. Open or create a workspace to keep what you import.</source>
        <translation>Dies ist ein Entwurfs-Arbeitsbereich, der beim Beenden von Segment Workbench gelöscht wird. Öffnen oder erstellen Sie einen Arbeitsbereich, um Importiertes zu behalten.</translation>
    </message>
    <message>
        <location filename="../app/gui/startup.cpp" line="232"/>
        <source>The import wizard could not be opened.</source>
        <translation>Der Import-Assistent konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/startup.cpp" line="242"/>
        <source>The workspace has no customers to export. Import some first.</source>
        <translation>Der Arbeitsbereich enthält keine Kunden zum Exportieren. Importieren Sie zuerst welche.</translation>
    </message>
    <message>
        <location filename="../app/gui/startup.cpp" line="255"/>
        <source>The window closed before the screenshot.</source>
        <translation>Das Fenster wurde vor dem Screenshot geschlossen.</translation>
    </message>
    <message>
        <location filename="../app/gui/startup.cpp" line="258"/>
        <source>Cannot write the screenshot to %1.</source>
        <translation>Der Screenshot kann nicht nach %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>swb::schema</name>
    <message>
        <location filename="../model/schema.cpp" line="167"/>
        <source>Cannot migrate a workspace from schema %1 to %2.</source>
        <translation>Ein Arbeitsbereich kann nicht von Schema %1 auf %2 migriert werden.</translation>
    </message>
    <message>
        <location filename="../model/schema.cpp" line="187"/>
        <source>Another program changed the workspace&apos;s schema to version %1 while it was being opened. Open it again.</source>
        <translation>Ein anderes Programm hat das Schema des Arbeitsbereichs beim Öffnen auf Version %1 geändert. Öffnen Sie ihn erneut.</translation>
    </message>
    <message>
        <location filename="../model/schema.cpp" line="201"/>
        <source>Migration to schema %1 failed: %2</source>
        <translation>Die Migration auf Schema %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
</TS>
