<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="43"/>
        <source>No translation for &quot;%1&quot;; showing English.</source>
        <translation>Aucune traduction pour &quot;%1&quot; ; affichage en anglais.</translation>
    </message>
</context>
<context>
    <name>swb::AboutDialog</name>
    <message>
        <location filename="../ui/shell/aboutdialog.cpp" line="31"/>
        <source>Segment Workbench is built with these libraries:</source>
        <translation>Segment Workbench est conçu avec ces bibliothèques :</translation>
    </message>
    <message>
        <location filename="../ui/shell/aboutdialog.cpp" line="31"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/shell/aboutdialog.cpp" line="32"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/shell/aboutdialog.cpp" line="32"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../ui/shell/aboutdialog.cpp" line="40"/>
        <source>About Segment Workbench</source>
        <translation>À propos de Segment Workbench</translation>
    </message>
    <message>
        <location filename="../ui/shell/aboutdialog.cpp" line="41"/>
        <source>&lt;h3&gt;Segment Workbench %1&lt;/h3&gt;&lt;p&gt;Built on %2.&lt;/p&gt;&lt;p&gt;Turn a customer export into segments you can trust, compare and hand on. Everything runs on this computer: customer data never leaves it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Segment Workbench %1&lt;/h3&gt;&lt;p&gt;Compilé le %2.&lt;/p&gt;&lt;p&gt;Transformez un export de clients en segments fiables, que vous pouvez comparer et transmettre. Tout s&apos;exécute sur cet ordinateur : les données clients ne le quittent jamais.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/shell/aboutdialog.cpp" line="53"/>
        <source>Libraries and licences</source>
        <translation>Bibliothèques et licences</translation>
    </message>
</context>
<context>
    <name>swb::BarChart</name>
    <message>
        <location filename="../ui/charts/barchart.cpp" line="145"/>
        <source>Reference line: %1 %2</source>
        <translation>Ligne de référence : %1 %2</translation>
    </message>
</context>
<context>
    <name>swb::BooleanValueEditor</name>
    <message>
        <location filename="../ui/filter/editors/simplevalueeditors.cpp" line="128"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>swb::ChartExport</name>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="28"/>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="125"/>
        <source>%1 has no known picture type: end the name with .png, .svg or .pdf.</source>
        <translation>%1 n&apos;a pas de type d&apos;image connu : terminez le nom par .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="146"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="154"/>
        <source>chart</source>
        <translation>graphique</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="156"/>
        <source>Save Chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
</context>
<context>
    <name>swb::ChartPanel</name>
    <message>
        <location filename="../ui/charts/chartpanel.cpp" line="47"/>
        <source>&amp;Copy Chart</source>
        <translation>&amp;Copier le graphique</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpanel.cpp" line="48"/>
        <source>&amp;Save Chart As…</source>
        <translation>&amp;Enregistrer le graphique sous…</translation>
    </message>
</context>
<context>
    <name>swb::ClusterAnalysis</name>
    <message>
        <location filename="../model/analytics/clusteranalysis.cpp" line="225"/>
        <source>days since %1</source>
        <translation>jours depuis %1</translation>
    </message>
    <message>
        <location filename="../model/analytics/clusteranalysis.cpp" line="247"/>
        <location filename="../model/analytics/clusteranalysis.cpp" line="275"/>
        <location filename="../model/postgres/pgfeatures.cpp" line="70"/>
        <source>The clustering was cancelled.</source>
        <translation>Le clustering a été annulé.</translation>
    </message>
    <message>
        <location filename="../model/analytics/clusteranalysis.cpp" line="367"/>
        <source>Cluster %1 of %2 (run %3): %4</source>
        <translation>Cluster %1 sur %2 (exécution %3) : %4</translation>
    </message>
    <message>
        <location filename="../model/analytics/clusterfeatures.cpp" line="33"/>
        <source>The workspace has no customers yet: import a customer file first.</source>
        <translation>L&apos;espace de travail ne contient encore aucun client : importez d&apos;abord un fichier de clients.</translation>
    </message>
    <message>
        <location filename="../model/analytics/clusterfeatures.cpp" line="35"/>
        <location filename="../model/postgres/pgfeatures.cpp" line="25"/>
        <source>Choose at least one numeric field to cluster on.</source>
        <translation>Choisissez au moins un champ numérique pour le clustering.</translation>
    </message>
    <message>
        <location filename="../model/analytics/clusterfeatures.cpp" line="41"/>
        <location filename="../model/postgres/pgfeatures.cpp" line="33"/>
        <source>The customer table has no field &quot;%1&quot;.</source>
        <translation>La table des clients n&apos;a pas de champ &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../model/analytics/clusterfeatures.cpp" line="43"/>
        <location filename="../model/postgres/pgfeatures.cpp" line="37"/>
        <source>&quot;%1&quot; is a text field; clustering needs numbers or dates.</source>
        <translation>&quot;%1&quot; est un champ texte ; le clustering requiert des nombres ou des dates.</translation>
    </message>
</context>
<context>
    <name>swb::ClusterExplainer</name>
    <message>
        <location filename="../model/analytics/clusterexplainer.cpp" line="173"/>
        <source>The clustered rows, their clusters and the features do not fit together.</source>
        <translation>Les lignes regroupées, leurs clusters et les variables ne concordent pas.</translation>
    </message>
    <message>
        <location filename="../model/analytics/clusterexplainer.cpp" line="188"/>
        <source>The customer table has no field &quot;%1&quot;.</source>
        <translation>La table des clients n&apos;a pas de champ &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../model/analytics/clusterexplainer.cpp" line="219"/>
        <source>The rule of cluster %1 is not a valid definition: %2</source>
        <translation>La règle du cluster %1 n&apos;est pas une définition valide : %2</translation>
    </message>
</context>
<context>
    <name>swb::ClusterFeatureModel</name>
    <message>
        <location filename="../ui/clusters/clusterfeaturemodel.cpp" line="93"/>
        <source>%1 (column %2), clustered as the days since the date</source>
        <translation>%1 (colonne %2), regroupé en jours depuis la date</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterfeaturemodel.cpp" line="94"/>
        <source>%1 (column %2)</source>
        <translation>%1 (colonne %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clusters/clusterfeaturemodel.cpp" line="106"/>
        <source>%Ln customer(s) without a value: left out when this field is clustered on.</source>
        <translation>
            <numerusform>%Ln client sans valeur : exclu lorsque ce champ sert au clustering.</numerusform>
            <numerusform>%Ln clients sans valeur : exclus lorsque ce champ sert au clustering.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterfeaturemodel.cpp" line="116"/>
        <source>suggested</source>
        <extracomment>Marks a field whose values are skewed, for which a log transform is suggested.</extracomment>
        <translation>suggéré</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterfeaturemodel.cpp" line="119"/>
        <source>Skewed (skewness %1): a log transform keeps a few large values from dominating the clusters.</source>
        <translation>Asymétrique (asymétrie %1) : une transformation log évite que quelques grandes valeurs dominent les clusters.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterfeaturemodel.cpp" line="121"/>
        <source>Skewness %1: a log transform is not needed.</source>
        <translation>Asymétrie %1 : une transformation log n&apos;est pas nécessaire.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterfeaturemodel.cpp" line="159"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterfeaturemodel.cpp" line="162"/>
        <source>Missing</source>
        <extracomment>Column of the feature picker: customers without a value in the field.</extracomment>
        <translation>Manquants</translation>
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
        <translation>variable %1</translation>
    </message>
    <message>
        <location filename="../analysis/clusterprofile.cpp" line="18"/>
        <source>The labels do not match the rows.</source>
        <translation>Les étiquettes ne correspondent pas aux lignes.</translation>
    </message>
    <message>
        <location filename="../analysis/clusterprofile.cpp" line="23"/>
        <source>The label %1 is outside 0 to %2.</source>
        <translation>L&apos;étiquette %1 est hors de l&apos;intervalle 0 à %2.</translation>
    </message>
    <message>
        <location filename="../analysis/clusterprofile.cpp" line="68"/>
        <source>high %1</source>
        <extracomment>Short cluster description term, e.g. &quot;high income&quot;; %1 is a field name.</extracomment>
        <translation>%1 élevé</translation>
    </message>
    <message>
        <location filename="../analysis/clusterprofile.cpp" line="70"/>
        <source>low %1</source>
        <translation>%1 faible</translation>
    </message>
    <message>
        <location filename="../analysis/clusterprofile.cpp" line="73"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location filename="../analysis/clusterprofile.cpp" line="76"/>
        <source>close to average</source>
        <extracomment>Label of a cluster whose means are all close to the whole base&apos;s.</extracomment>
        <translation>proche de la moyenne</translation>
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
        <translation>Clients sur les deux axes principaux</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterresults.cpp" line="33"/>
        <source>Cluster profiles: mean per field, coloured by z-score</source>
        <translation>Profils des clusters : moyenne par champ, colorée selon le z-score</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterresults.cpp" line="43"/>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterresults.cpp" line="44"/>
        <source>Clusters as rules</source>
        <translation>Clusters en règles</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterresults.cpp" line="45"/>
        <source>Save Clusters as Segments</source>
        <translation>Enregistrer les clusters comme segments</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterresults.cpp" line="47"/>
        <source>One static segment per cluster, named after its label.</source>
        <translation>Un segment statique par cluster, nommé d&apos;après son libellé.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterresults.cpp" line="48"/>
        <source>Open Rule in Builder</source>
        <translation>Ouvrir la règle dans l&apos;éditeur</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterresults.cpp" line="50"/>
        <source>Opens the chosen cluster&apos;s rule in the segment builder, where you can edit and save it.</source>
        <translation>Ouvre la règle du cluster choisi dans l&apos;éditeur de segments, où vous pouvez la modifier et l&apos;enregistrer.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterresults.cpp" line="153"/>
        <source>PC1 (%1% of the variance)</source>
        <translation>CP1 (%1 % de la variance)</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterresults.cpp" line="154"/>
        <source>PC2 (%1% of the variance)</source>
        <translation>CP2 (%1 % de la variance)</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterresults.cpp" line="177"/>
        <source>%1: %2</source>
        <extracomment>A cluster&apos;s name in charts: its number and its label.</extracomment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>swb::ClusterRuns</name>
    <message>
        <location filename="../model/analytics/clusterruns.cpp" line="148"/>
        <location filename="../model/analytics/clusterruns.cpp" line="170"/>
        <source>The clustering run %1 is no longer in the workspace.</source>
        <translation>L&apos;exécution de clustering %1 ne se trouve plus dans l&apos;espace de travail.</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/analytics/clusterruns.cpp" line="194"/>
        <source>Give each of the %n cluster(s) a name.</source>
        <translation>
            <numerusform>Donnez un nom au cluster (%n au total).</numerusform>
            <numerusform>Donnez un nom à chacun des %n clusters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/analytics/clusterruns.cpp" line="210"/>
        <source>Cluster %1 of %2 (clustering run %3)</source>
        <translation>Cluster %1 sur %2 (exécution de clustering %3)</translation>
    </message>
    <message>
        <location filename="../model/analytics/clusterruns.cpp" line="211"/>
        <source>Cluster %1 of %2</source>
        <translation>Cluster %1 sur %2</translation>
    </message>
</context>
<context>
    <name>swb::ClusterRunsModel</name>
    <message>
        <location filename="../ui/clusters/clusterrunsmodel.cpp" line="47"/>
        <source>Run %1: %2. Double-click to show it again.</source>
        <translation>Exécution %1 : %2. Double-cliquez pour l&apos;afficher à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterrunsmodel.cpp" line="65"/>
        <source>%1 (of %2–%3)</source>
        <translation>%1 (sur %2–%3)</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterrunsmodel.cpp" line="84"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterrunsmodel.cpp" line="86"/>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterrunsmodel.cpp" line="88"/>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterrunsmodel.cpp" line="90"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterrunsmodel.cpp" line="92"/>
        <source>Customers</source>
        <translation>Clients</translation>
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
        <translation>Clustering des clients</translation>
    </message>
</context>
<context>
    <name>swb::ClusterSetup</name>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="35"/>
        <location filename="../ui/clusters/clustersetup.cpp" line="55"/>
        <source>Fields to cluster on</source>
        <translation>Champs pour le clustering</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="37"/>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="40"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="79"/>
        <source>z-score</source>
        <translation>z-score</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="80"/>
        <source>min–max</source>
        <translation>min–max</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="81"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="82"/>
        <source>How the fields are put on one scale before k-means compares distances.</source>
        <translation>Comment les champs sont ramenés à une même échelle avant que les k-moyennes comparent les distances.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="83"/>
        <source>&amp;Scaling:</source>
        <translation>Mi&amp;se à l&apos;échelle :</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="85"/>
        <source>Try k from</source>
        <translation>Essayer k de</translation>
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
        <translation>à</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="111"/>
        <source>Clusters:</source>
        <translation>Clusters :</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="114"/>
        <source>k-means starts this many times from different seeds and keeps the tightest result.</source>
        <translation>Les k-moyennes démarrent autant de fois avec des graines différentes et gardent le résultat le plus compact.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="115"/>
        <source>&amp;Restarts:</source>
        <translation>&amp;Redémarrages :</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="117"/>
        <source>The same seed gives the same clusters again.</source>
        <translation>La même graine redonne les mêmes clusters.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="118"/>
        <source>S&amp;eed:</source>
        <translation>&amp;Graine :</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="123"/>
        <source>&amp;Within:</source>
        <translation>&amp;Parmi :</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="124"/>
        <source>Explain each cluster as a rule</source>
        <translation>Expliquer chaque cluster par une règle</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="136"/>
        <source>Cluster the customers on the chosen fields.</source>
        <translation>Regrouper les clients selon les champs choisis.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="136"/>
        <source>Tick at least one field first.</source>
        <translation>Cochez d&apos;abord au moins un champ.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustersetup.cpp" line="173"/>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
</context>
<context>
    <name>swb::ClusterTableModel</name>
    <message>
        <location filename="../ui/clusters/clustertablemodel.cpp" line="71"/>
        <source>Not explained</source>
        <translation>Non expliqué</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustertablemodel.cpp" line="100"/>
        <source>Automatic label: %1. Double-click to rename the cluster.</source>
        <translation>Libellé automatique : %1. Double-cliquez pour renommer le cluster.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustertablemodel.cpp" line="102"/>
        <source>%1
Selects %2 of the clustered customers, %3 of them in this cluster (F1 %4).</source>
        <translation>%1
Sélectionne %2 des clients regroupés, dont %3 dans ce cluster (F1 %4).</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustertablemodel.cpp" line="156"/>
        <source>#</source>
        <extracomment>Column of the cluster table: the cluster&apos;s number.</extracomment>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustertablemodel.cpp" line="158"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustertablemodel.cpp" line="160"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustertablemodel.cpp" line="162"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustertablemodel.cpp" line="164"/>
        <source>As a rule</source>
        <translation>En règle</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustertablemodel.cpp" line="166"/>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clustertablemodel.cpp" line="168"/>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
</context>
<context>
    <name>swb::ClustersPage</name>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="53"/>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="84"/>
        <source>Past runs (double-click to reopen)</source>
        <translation>Exécutions précédentes (double-cliquez pour rouvrir)</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="173"/>
        <source>Reading the fields to cluster on</source>
        <translation>Lecture des champs pour le clustering</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="177"/>
        <source>Cannot read the fields: %1</source>
        <translation>Impossible de lire les champs : %1</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="194"/>
        <source>Reading past clustering runs</source>
        <translation>Lecture des exécutions de clustering précédentes</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="229"/>
        <source>The workspace has no numeric or date fields to cluster on.</source>
        <translation>L&apos;espace de travail n&apos;a aucun champ numérique ou date pour le clustering.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="236"/>
        <source>Tick at least one field to cluster on.</source>
        <translation>Cochez au moins un champ pour le clustering.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clusters/clusterspage.cpp" line="253"/>
        <source>Clustering into %n group(s)…</source>
        <translation>
            <numerusform>Regroupement en %n groupe…</numerusform>
            <numerusform>Regroupement en %n groupes…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="254"/>
        <source>Trying k from %1 to %2…</source>
        <translation>Essai de k de %1 à %2…</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="281"/>
        <source>The clustering was cancelled.</source>
        <translation>Le clustering a été annulé.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="295"/>
        <source>Cannot cluster: %1</source>
        <translation>Clustering impossible : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clusters/clusterspage.cpp" line="329"/>
        <source>%n cluster(s) of %1 customers; %2 left out for a missing value.</source>
        <translation>
            <numerusform>%n cluster de %1 clients ; %2 exclus pour une valeur manquante.</numerusform>
            <numerusform>%n clusters de %1 clients ; %2 exclus pour une valeur manquante.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="332"/>
        <source>Suggested k: %1.</source>
        <translation>k suggéré : %1.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="348"/>
        <source>Reading the customers&apos; keys</source>
        <translation>Lecture des clés clients</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="366"/>
        <source>Recording the clustering run</source>
        <translation>Enregistrement de l&apos;exécution de clustering</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="376"/>
        <source>The run could not be recorded: %1</source>
        <translation>L&apos;exécution n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="404"/>
        <source>Opening run %1…</source>
        <translation>Ouverture de l&apos;exécution %1…</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="406"/>
        <source>Reading a clustering run</source>
        <translation>Lecture d&apos;une exécution de clustering</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="413"/>
        <source>Cannot open run %1: it is no longer in the workspace.</source>
        <translation>Impossible d&apos;ouvrir l&apos;exécution %1 : elle ne se trouve plus dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="435"/>
        <source>Keeping the cluster labels</source>
        <translation>Conservation des libellés de clusters</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="443"/>
        <source>The labels could not be kept with the run: %1</source>
        <translation>Les libellés n&apos;ont pas pu être conservés avec l&apos;exécution : %1</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="458"/>
        <source>Saving the clusters as segments</source>
        <translation>Enregistrement des clusters comme segments</translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="466"/>
        <source>Save Clusters as Segments</source>
        <translation>Enregistrer les clusters comme segments</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clusters/clusterspage.cpp" line="474"/>
        <source>Saved %n segment(s): %1.</source>
        <translation>
            <numerusform>%n segment enregistré : %1.</numerusform>
            <numerusform>%n segments enregistrés : %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/clusters/clusterspage.cpp" line="484"/>
        <source>This cluster has no rule: run the clustering with &quot;Explain each cluster as a rule&quot;.</source>
        <translation>Ce cluster n&apos;a pas de règle : lancez le clustering avec « Expliquer chaque cluster par une règle ».</translation>
    </message>
</context>
<context>
    <name>swb::ClvCheck</name>
    <message>
        <location filename="../analysis/clvcheck.cpp" line="10"/>
        <source>Only %1 customers bought by the calibration end; predictions need at least %2. Import more orders or choose a later calibration end.</source>
        <translation>Seuls %1 clients ont acheté avant la fin de calibration ; les prévisions en requièrent au moins %2. Importez davantage de commandes ou choisissez une fin de calibration plus tardive.</translation>
    </message>
    <message>
        <location filename="../analysis/clvcheck.cpp" line="16"/>
        <source>Only %1 customers bought again by the calibration end; the models need at least %2 repeat customers. Import a longer order history or choose a later calibration end.</source>
        <translation>Seuls %1 clients ont racheté avant la fin de calibration ; les modèles requièrent au moins %2 clients réguliers. Importez un historique de commandes plus long ou choisissez une fin de calibration plus tardive.</translation>
    </message>
    <message>
        <location filename="../analysis/clvcheck.cpp" line="22"/>
        <source>The orders before the calibration end cover %1 weeks; the models need at least %2. Import a longer order history or choose a later calibration end.</source>
        <translation>Les commandes avant la fin de calibration couvrent %1 semaines ; les modèles en requièrent au moins %2. Importez un historique de commandes plus long ou choisissez une fin de calibration plus tardive.</translation>
    </message>
    <message>
        <location filename="../analysis/clvcheck.cpp" line="46"/>
        <source>The purchase model (BG/NBD) did not converge after %1 iterations; its numbers are not reliable. Try a different calibration end or more orders.</source>
        <translation>Le modèle d&apos;achat (BG/NBD) n&apos;a pas convergé après %1 itérations ; ses chiffres ne sont pas fiables. Essayez une autre fin de calibration ou davantage de commandes.</translation>
    </message>
    <message>
        <location filename="../analysis/clvcheck.cpp" line="52"/>
        <source>The purchase model (BG/NBD) ran to a limit (%1): the orders do not determine it. Use a longer history or more customers.</source>
        <translation>Le modèle d&apos;achat (BG/NBD) a atteint une limite (%1) : les commandes ne suffisent pas à le déterminer. Utilisez un historique plus long ou davantage de clients.</translation>
    </message>
    <message>
        <location filename="../analysis/clvcheck.cpp" line="56"/>
        <source>The spend model (Gamma-Gamma) did not converge after %1 iterations; its numbers are not reliable. Try more repeat customers.</source>
        <translation>Le modèle de dépense (Gamma-Gamma) n&apos;a pas convergé après %1 itérations ; ses chiffres ne sont pas fiables. Essayez avec davantage de clients réguliers.</translation>
    </message>
    <message>
        <location filename="../analysis/clvcheck.cpp" line="62"/>
        <source>The spend model (Gamma-Gamma) ran to a limit (%1): the customers&apos; average spends differ no more than chance would make them, so it cannot tell big from small spenders.</source>
        <translation>Le modèle de dépense (Gamma-Gamma) a atteint une limite (%1) : les dépenses moyennes des clients ne diffèrent pas plus que le hasard ne le voudrait, il ne peut donc pas distinguer les gros des petits acheteurs.</translation>
    </message>
    <message>
        <location filename="../analysis/clvcheck.cpp" line="66"/>
        <source>The spend model (Gamma-Gamma) gives q = %1 &lt;= 1, so the expected spend is not defined. Use more repeat customers.</source>
        <translation>Le modèle de dépense (Gamma-Gamma) donne q = %1 &lt;= 1, la dépense attendue n&apos;est donc pas définie. Utilisez davantage de clients réguliers.</translation>
    </message>
</context>
<context>
    <name>swb::ClvInputLoader</name>
    <message>
        <location filename="../model/analytics/clvinput.cpp" line="96"/>
        <source>Predicted customer value needs order lines with a customer key, an order date and an amount: %1</source>
        <translation>La valeur client prévue requiert des lignes de commande avec une clé client, une date de commande et un montant : %1</translation>
    </message>
    <message>
        <location filename="../model/analytics/clvinput.cpp" line="144"/>
        <source>The fit was canceled.</source>
        <translation>L&apos;ajustement a été annulé.</translation>
    </message>
</context>
<context>
    <name>swb::ClvSave</name>
    <message>
        <location filename="../model/analytics/clvsave.cpp" line="48"/>
        <source>The predictions were not saved: the models could not be used (see the message above).</source>
        <translation>Les prévisions n&apos;ont pas été enregistrées : les modèles n&apos;ont pas pu être utilisés (voir le message ci-dessus).</translation>
    </message>
    <message>
        <location filename="../model/analytics/clvsave.cpp" line="62"/>
        <source>The customers changed while the models were fitted; run the command again to save.</source>
        <translation>Les clients ont changé pendant l&apos;ajustement des modèles ; relancez la commande pour enregistrer.</translation>
    </message>
</context>
<context>
    <name>swb::ClvService</name>
    <message>
        <location filename="../model/analytics/clvservice.cpp" line="42"/>
        <source>No customer has a value of %1.</source>
        <translation>Aucun client n&apos;a de valeur pour %1.</translation>
    </message>
    <message>
        <location filename="../model/analytics/clvservice.cpp" line="93"/>
        <source>Fitting the customer-value models</source>
        <translation>Ajustement des modèles de valeur client</translation>
    </message>
    <message>
        <location filename="../model/analytics/clvservice.cpp" line="230"/>
        <source>The customers have no field of role revenue to find past high spenders by: give one that role in Fields.</source>
        <translation>Les clients n&apos;ont aucun champ de rôle chiffre d&apos;affaires permettant de repérer les gros acheteurs passés : attribuez ce rôle à un champ dans Champs.</translation>
    </message>
</context>
<context>
    <name>swb::ColumnStore</name>
    <message>
        <location filename="../model/filter/columnstoreloader.cpp" line="220"/>
        <source>Cannot read the customers: %1</source>
        <translation>Impossible de lire les clients : %1</translation>
    </message>
    <message>
        <location filename="../model/filter/columnstoreloader.cpp" line="221"/>
        <source>Cannot read the table %1: %2</source>
        <translation>Impossible de lire la table %1 : %2</translation>
    </message>
    <message>
        <location filename="../model/filter/columnstoreloader.cpp" line="225"/>
        <source>The %1 table has columns named rowid, _rowid_ and oid, so its rows cannot be told apart. Rename one of these columns.</source>
        <translation>La table %1 a des colonnes nommées rowid, _rowid_ et oid : ses lignes ne peuvent donc pas être distinguées. Renommez l&apos;une de ces colonnes.</translation>
    </message>
    <message>
        <location filename="../model/filter/columnstoreloader.cpp" line="310"/>
        <location filename="../model/filter/columnstoreloader.cpp" line="343"/>
        <source>Loading was canceled.</source>
        <translation>Le chargement a été annulé.</translation>
    </message>
    <message>
        <location filename="../model/filter/partcolumn.cpp" line="39"/>
        <location filename="../model/filter/partcolumn.h" line="83"/>
        <source>whole numbers beyond 2^53 are mixed with decimals</source>
        <translation>des entiers au-delà de 2^53 sont mêlés à des décimaux</translation>
    </message>
    <message>
        <location filename="../model/filter/partcolumn.h" line="72"/>
        <location filename="../model/filter/partcolumn.h" line="87"/>
        <source>a number column holds text or binary values</source>
        <translation>une colonne numérique contient du texte ou des valeurs binaires</translation>
    </message>
    <message>
        <location filename="../model/filter/partcolumn.h" line="111"/>
        <source>a text column holds numbers or binary values</source>
        <translation>une colonne texte contient des nombres ou des valeurs binaires</translation>
    </message>
</context>
<context>
    <name>swb::ColumnStoreCache</name>
    <message>
        <location filename="../model/filter/columnstorecache.cpp" line="234"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>swb::ColumnStoreFile</name>
    <message>
        <location filename="../model/filter/columnstorefile.cpp" line="76"/>
        <location filename="../model/filter/columnstorefile.cpp" line="115"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../model/filter/columnstorefile.cpp" line="96"/>
        <source>Cancelled: no copy was kept.</source>
        <translation>Annulé : aucune copie n&apos;a été conservée.</translation>
    </message>
    <message>
        <location filename="../model/filter/columnstorefile.cpp" line="146"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../model/filter/columnstorefile.cpp" line="147"/>
        <source>%1 is not a complete column store of this workspace.</source>
        <translation>%1 n&apos;est pas un stockage en colonnes complet de cet espace de travail.</translation>
    </message>
    <message>
        <location filename="../model/filter/columnstorefile.cpp" line="153"/>
        <source>%1 holds an older state of the customers.</source>
        <translation>%1 contient un état plus ancien des clients.</translation>
    </message>
</context>
<context>
    <name>swb::CountBenchmark</name>
    <message>
        <location filename="../model/filter/countbenchmark.cpp" line="61"/>
        <source>The workspace %1 has no customers yet. Import a customers file first.</source>
        <translation>L&apos;espace de travail %1 ne contient encore aucun client. Importez d&apos;abord un fichier de clients.</translation>
    </message>
</context>
<context>
    <name>swb::CountPanel</name>
    <message numerus="yes">
        <location filename="../ui/filter/countpanel.cpp" line="22"/>
        <location filename="../ui/filter/countpanel.cpp" line="66"/>
        <source>customers</source>
        <translation>
            <numerusform>client</numerusform>
            <numerusform>clients</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/filter/countpanel.cpp" line="39"/>
        <source>Segment size</source>
        <translation>Taille du segment</translation>
    </message>
    <message>
        <location filename="../ui/filter/countpanel.cpp" line="40"/>
        <source>Customers in the segment</source>
        <translation>Clients dans le segment</translation>
    </message>
    <message>
        <location filename="../ui/filter/countpanel.cpp" line="48"/>
        <source>No count. %1</source>
        <translation>Pas de comptage. %1</translation>
    </message>
    <message>
        <location filename="../ui/filter/countpanel.cpp" line="48"/>
        <source>%1 %2. %3</source>
        <translation>%1 %2. %3</translation>
    </message>
    <message>
        <location filename="../ui/filter/countpanel.cpp" line="56"/>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <location filename="../ui/filter/countpanel.cpp" line="68"/>
        <source>%1% of %2 customers</source>
        <translation>%1 % de %2 clients</translation>
    </message>
</context>
<context>
    <name>swb::CountService</name>
    <message>
        <location filename="../model/filter/countservice.cpp" line="80"/>
        <source>Loading %1 for counting</source>
        <translation>Chargement de %1 pour le comptage</translation>
    </message>
    <message>
        <location filename="../model/filter/countservice.cpp" line="123"/>
        <source>The workspace could not be loaded for counting.</source>
        <translation>L&apos;espace de travail n&apos;a pas pu être chargé pour le comptage.</translation>
    </message>
    <message>
        <location filename="../model/filter/countservice.cpp" line="124"/>
        <source>No workspace is open for counting.</source>
        <translation>Aucun espace de travail n&apos;est ouvert pour le comptage.</translation>
    </message>
    <message>
        <location filename="../model/filter/countservice.cpp" line="145"/>
        <source>Keeping a copy of %1 for faster opening</source>
        <translation>Conservation d&apos;une copie de %1 pour une ouverture plus rapide</translation>
    </message>
    <message>
        <location filename="../model/filter/countservice.cpp" line="156"/>
        <source>Counting the customers of the definition</source>
        <translation>Comptage des clients de la définition</translation>
    </message>
    <message>
        <location filename="../model/filter/countservice.cpp" line="172"/>
        <location filename="../model/filter/countservice.cpp" line="219"/>
        <source>The count was cancelled.</source>
        <translation>Le comptage a été annulé.</translation>
    </message>
    <message>
        <location filename="../model/filter/countservice.cpp" line="284"/>
        <source>The workspace has no customers yet. Import a customers file first.</source>
        <translation>L&apos;espace de travail ne contient encore aucun client. Importez d&apos;abord un fichier de clients.</translation>
    </message>
</context>
<context>
    <name>swb::CsvReader</name>
    <message>
        <location filename="../model/import/csvreader.cpp" line="51"/>
        <location filename="../model/import/csvreader.cpp" line="65"/>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <location filename="../model/import/csvreader.cpp" line="233"/>
        <source>The record starting on line %1 has more than %2 fields.</source>
        <translation>L&apos;enregistrement commençant à la ligne %1 a plus de %2 champs.</translation>
    </message>
    <message>
        <location filename="../model/import/csvreader.cpp" line="242"/>
        <source>Line %1 has no line end in its first %2 MB, so the file cannot be split into records. Check that it is a CSV file.</source>
        <translation>La ligne %1 n&apos;a pas de fin de ligne dans ses %2 premiers Mo : le fichier ne peut donc pas être découpé en enregistrements. Vérifiez qu&apos;il s&apos;agit bien d&apos;un fichier CSV.</translation>
    </message>
    <message>
        <location filename="../model/import/csvreader.cpp" line="245"/>
        <source>The record starting on line %1 is longer than %2 MB: a quote is probably not closed. Check the quotes in that line, or choose another delimiter.</source>
        <translation>L&apos;enregistrement commençant à la ligne %1 dépasse %2 Mo : un guillemet n&apos;est probablement pas fermé. Vérifiez les guillemets de cette ligne ou choisissez un autre délimiteur.</translation>
    </message>
</context>
<context>
    <name>swb::CustomerDataSource</name>
    <message>
        <location filename="../model/browse/customerdatasource.cpp" line="73"/>
        <source>Counting the customers</source>
        <translation>Comptage des clients</translation>
    </message>
    <message>
        <location filename="../model/browse/customerdatasource.cpp" line="89"/>
        <location filename="../model/browse/customerdatasource.cpp" line="134"/>
        <source>Reading customers</source>
        <translation>Lecture des clients</translation>
    </message>
    <message>
        <location filename="../model/browse/customerdatasource.cpp" line="100"/>
        <source>Sorting customers</source>
        <translation>Tri des clients</translation>
    </message>
    <message>
        <location filename="../model/browse/customerdatasource.cpp" line="190"/>
        <source>Reading the customers was cancelled.</source>
        <translation>La lecture des clients a été annulée.</translation>
    </message>
</context>
<context>
    <name>swb::CustomerQuery</name>
    <message>
        <location filename="../model/browse/customerquery.cpp" line="50"/>
        <source>Cannot read the customers: %1</source>
        <translation>Impossible de lire les clients : %1</translation>
    </message>
</context>
<context>
    <name>swb::CustomerTableModel</name>
    <message>
        <location filename="../ui/customers/customertablemodel.cpp" line="240"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/customers/customertablemodel.cpp" line="253"/>
        <source>No value</source>
        <translation>Aucune valeur</translation>
    </message>
    <message>
        <location filename="../ui/customers/customertablemodel.cpp" line="289"/>
        <source>Column %1 (%2)</source>
        <translation>Colonne %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/customers/customertablemodel.cpp" line="290"/>
        <source>Column %1 (%2, role: %3)</source>
        <translation>Colonne %1 (%2, rôle : %3)</translation>
    </message>
</context>
<context>
    <name>swb::CustomersPage</name>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="41"/>
        <source>Welcome to Segment Workbench</source>
        <translation>Bienvenue dans Segment Workbench</translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="42"/>
        <source>A workspace is one file that holds your customers, segments and analyses. Import your customer export (CSV) into a new one, create the demo workspace to explore with realistic sample data, or open a workspace of your own. You can also drop a CSV file onto this window.</source>
        <translation>Un espace de travail est un fichier qui contient vos clients, segments et analyses. Importez votre export de clients (CSV) dans un nouvel espace, créez l&apos;espace de démo pour explorer des données d&apos;exemple réalistes, ou ouvrez votre propre espace de travail. Vous pouvez aussi déposer un fichier CSV sur cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="46"/>
        <location filename="../ui/customers/customerspage.cpp" line="61"/>
        <source>Import Customers…</source>
        <translation>Importer des clients…</translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="48"/>
        <source>Create Demo Workspace</source>
        <translation>Créer l&apos;espace de travail de démo</translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="50"/>
        <source>Open Workspace…</source>
        <translation>Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="52"/>
        <source>Connect to Server…</source>
        <translation>Se connecter à un serveur…</translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="58"/>
        <source>This workspace has no customers yet</source>
        <translation>Cet espace de travail ne contient encore aucun client</translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="59"/>
        <source>Import a customer export (CSV, TSV or TXT) from your shop or CRM. You can also drop the file onto this window.</source>
        <translation>Importez un export de clients (CSV, TSV ou TXT) depuis votre boutique ou votre CRM. Vous pouvez aussi déposer le fichier sur cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="68"/>
        <source>Customers on a PostgreSQL server</source>
        <translation>Clients sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="69"/>
        <source>The customer table works on workspace files so far. On this server, build and count segments in the Segment Builder, compare them on the Dashboard and export them with File → Export….</source>
        <translation>Le tableau des clients fonctionne pour l&apos;instant sur les fichiers d&apos;espace de travail. Sur ce serveur, construisez et comptez des segments dans l&apos;éditeur de segments, comparez-les dans le tableau de bord et exportez-les avec Fichier → Exporter….</translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="88"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="89"/>
        <source>Choose the columns to show</source>
        <translation>Choisir les colonnes à afficher</translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="94"/>
        <source>Show All Customers</source>
        <translation>Afficher tous les clients</translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="95"/>
        <source>Show every customer of the workspace again</source>
        <translation>Afficher à nouveau tous les clients de l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="134"/>
        <source>Cannot read the customers: %1</source>
        <translation>Impossible de lire les clients : %1</translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="183"/>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="185"/>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/customerspage.cpp" line="185"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customers/customerspage.cpp" line="201"/>
        <source>Show All Columns</source>
        <translation>Afficher toutes les colonnes</translation>
    </message>
</context>
<context>
    <name>swb::DashboardCharts</name>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="55"/>
        <source>Segment sizes</source>
        <translation>Tailles des segments</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="57"/>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="144"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="61"/>
        <source>Who brings the money</source>
        <translation>Qui apporte le chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="64"/>
        <source>Share of all (%)</source>
        <translation>Part du total (%)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="66"/>
        <source>Overlaps (customers in both; % of the row&apos;s segment)</source>
        <translation>Recouvrements (clients dans les deux ; % du segment de la ligne)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="74"/>
        <source>&amp;KPI:</source>
        <translation>&amp;Indicateur :</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="148"/>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="150"/>
        <source>%1&lt;br&gt;%2% of all</source>
        <extracomment>A bar&apos;s label in the segment sizes chart: the segment&apos;s name, then (second line) its share of all customers.</extracomment>
        <translation>%1&lt;br&gt;%2 % du total</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="162"/>
        <source>%1 per segment</source>
        <translation>%1 par segment</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="172"/>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="179"/>
        <source>Share of customers</source>
        <translation>Part des clients</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="180"/>
        <source>Share of revenue</source>
        <translation>Part du CA</translation>
    </message>
</context>
<context>
    <name>swb::DashboardExport</name>
    <message>
        <location filename="../ui/dashboard/dashboardexport.cpp" line="112"/>
        <source>No chart is chosen. Click the chart to export on the Dashboard first.</source>
        <translation>Aucun graphique n&apos;est choisi. Cliquez d&apos;abord sur le graphique à exporter dans le tableau de bord.</translation>
    </message>
</context>
<context>
    <name>swb::DashboardPage</name>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="63"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="64"/>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="65"/>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="123"/>
        <source>Copy as TSV</source>
        <translation>Copier en TSV</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="138"/>
        <source>KPI table</source>
        <translation>Tableau des indicateurs</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="139"/>
        <source>Save Table As…</source>
        <translation>Enregistrer le tableau sous…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="148"/>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="150"/>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="169"/>
        <source>Click an overlap cell to save or open the customers in both segments.</source>
        <translation>Cliquez sur une cellule de recouvrement pour enregistrer ou ouvrir les clients présents dans les deux segments.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="255"/>
        <source>Open a workspace to review its segments.</source>
        <translation>Ouvrez un espace de travail pour examiner ses segments.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="261"/>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="297"/>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="288"/>
        <source>Cannot compute the dashboard: %1</source>
        <translation>Impossible de calculer le tableau de bord : %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="301"/>
        <source>The charts show the first %1 of %2 chosen segments.</source>
        <translation>Les graphiques affichent les %1 premiers des %2 segments choisis.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="332"/>
        <source>Save Intersection as Segment…</source>
        <translation>Enregistrer l&apos;intersection comme segment…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="335"/>
        <source>Open in Segment Builder</source>
        <translation>Ouvrir dans l&apos;éditeur de segments</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="352"/>
        <source>A segment named &quot;%1&quot; exists already.</source>
        <translation>Un segment nommé &quot;%1&quot; existe déjà.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="355"/>
        <source>%1 and %2</source>
        <extracomment>The suggested name of a segment of the customers in both segments %1 and %2.</extracomment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="357"/>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="369"/>
        <source>Save Intersection</source>
        <translation>Enregistrer l&apos;intersection</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="357"/>
        <source>Name of the new segment of the customers in both &quot;%1&quot; and &quot;%2&quot;:</source>
        <translation>Nom du nouveau segment des clients présents à la fois dans &quot;%1&quot; et &quot;%2&quot; :</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="365"/>
        <source>Saved the segment &quot;%1&quot;.</source>
        <translation>Segment &quot;%1&quot; enregistré.</translation>
    </message>
</context>
<context>
    <name>swb::Database</name>
    <message>
        <location filename="../model/database.cpp" line="18"/>
        <source>The workspace is being written by another program, for example an import. Try again when that has finished.</source>
        <translation>L&apos;espace de travail est en cours d&apos;écriture par un autre programme, par exemple une importation. Réessayez lorsqu&apos;il aura terminé.</translation>
    </message>
</context>
<context>
    <name>swb::DateValueEditor</name>
    <message>
        <location filename="../ui/filter/editors/datevalueeditor.cpp" line="26"/>
        <source>Type a date as 2024-03-31 (or as this computer writes dates), or pick one from the calendar.</source>
        <translation>Saisissez une date comme 2024-03-31 (ou au format de cet ordinateur), ou choisissez-la dans le calendrier.</translation>
    </message>
    <message>
        <location filename="../ui/filter/editors/datevalueeditor.cpp" line="40"/>
        <source>Pick a date</source>
        <translation>Choisir une date</translation>
    </message>
</context>
<context>
    <name>swb::DefinitionPreview</name>
    <message>
        <location filename="../ui/filter/definitionpreview.cpp" line="55"/>
        <source>In words</source>
        <extracomment>Tab: the definition described in plain language</extracomment>
        <translation>En clair</translation>
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
        <translation>La condition exécutée par l&apos;espace de travail (les valeurs sont liées et affichées après la requête).</translation>
    </message>
    <message>
        <location filename="../ui/filter/definitionpreview.cpp" line="59"/>
        <source>The definition as it is saved; the same text works with swb count --filter.</source>
        <translation>La définition telle qu&apos;elle est enregistrée ; le même texte fonctionne avec swb count --filter.</translation>
    </message>
</context>
<context>
    <name>swb::DemoGenerator</name>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="302"/>
        <source>The demo needs at least one customer.</source>
        <translation>La démo requiert au moins un client.</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="304"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="312"/>
        <location filename="../model/demo/demogenerator.cpp" line="314"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="339"/>
        <source>The demo data generation was cancelled.</source>
        <translation>La génération des données de démo a été annulée.</translation>
    </message>
    <message>
        <location filename="../model/demo/demogenerator.cpp" line="410"/>
        <source>Cannot write the demo data into %1: %2</source>
        <translation>Impossible d&apos;écrire les données de démo dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>swb::DemoSegments</name>
    <message>
        <location filename="../model/demo/demosegments.cpp" line="20"/>
        <source>DACH win-back</source>
        <translation>Reconquête DACH</translation>
    </message>
    <message>
        <location filename="../model/demo/demosegments.cpp" line="21"/>
        <source>Valuable newsletter readers in Germany, Austria and Switzerland who have not bought for 90 days.</source>
        <translation>Abonnés à la newsletter à forte valeur en Allemagne, Autriche et Suisse qui n&apos;ont rien acheté depuis 90 jours.</translation>
    </message>
    <message>
        <location filename="../model/demo/demosegments.cpp" line="32"/>
        <source>Loyal gold and platinum</source>
        <translation>Fidèles or et platine</translation>
    </message>
    <message>
        <location filename="../model/demo/demosegments.cpp" line="33"/>
        <source>Top loyalty tiers who bought in the last 180 days and have not churned.</source>
        <translation>Clients des niveaux de fidélité les plus élevés ayant acheté au cours des 180 derniers jours et sans attrition.</translation>
    </message>
    <message>
        <location filename="../model/demo/demosegments.cpp" line="39"/>
        <source>New one-time buyers</source>
        <translation>Nouveaux acheteurs uniques</translation>
    </message>
    <message>
        <location filename="../model/demo/demosegments.cpp" line="40"/>
        <source>Customers whose only order is from the last 365 days.</source>
        <translation>Clients dont l&apos;unique commande date des 365 derniers jours.</translation>
    </message>
</context>
<context>
    <name>swb::DemoWorkspace</name>
    <message>
        <location filename="../model/jobs/demoworkspace.cpp" line="36"/>
        <source>The demo workspace was not created: cancelled.</source>
        <translation>L&apos;espace de travail de démo n&apos;a pas été créé : annulé.</translation>
    </message>
    <message>
        <location filename="../model/jobs/demoworkspace.cpp" line="44"/>
        <source>Cannot create a temporary folder for the demo data: %1</source>
        <translation>Impossible de créer un dossier temporaire pour les données de démo : %1</translation>
    </message>
</context>
<context>
    <name>swb::DerivedField</name>
    <message>
        <location filename="../model/analytics/clvsave.cpp" line="17"/>
        <source>P(alive)</source>
        <translation>P(actif)</translation>
    </message>
    <message>
        <location filename="../model/analytics/clvsave.cpp" line="18"/>
        <source>Expected purchases</source>
        <translation>Achats attendus</translation>
    </message>
    <message>
        <location filename="../model/analytics/clvsave.cpp" line="19"/>
        <source>Expected order value</source>
        <translation>Valeur de commande attendue</translation>
    </message>
    <message>
        <location filename="../model/analytics/clvsave.cpp" line="20"/>
        <source>Predicted CLV</source>
        <translation>CLV prévue</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="32"/>
        <source>RFM recency score</source>
        <translation>Score RFM de récence</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="33"/>
        <source>RFM frequency score</source>
        <translation>Score RFM de fréquence</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="34"/>
        <source>RFM monetary score</source>
        <translation>Score RFM de montant</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="35"/>
        <source>RFM group</source>
        <translation>Groupe RFM</translation>
    </message>
    <message>
        <location filename="../model/import/ordersaggregator.cpp" line="30"/>
        <source>Orders count</source>
        <translation>Nb de commandes</translation>
    </message>
    <message>
        <location filename="../model/import/ordersaggregator.cpp" line="32"/>
        <source>Total revenue</source>
        <translation>CA total</translation>
    </message>
    <message>
        <location filename="../model/import/ordersaggregator.cpp" line="34"/>
        <source>First purchase date</source>
        <translation>Date du premier achat</translation>
    </message>
    <message>
        <location filename="../model/import/ordersaggregator.cpp" line="36"/>
        <source>Last purchase date</source>
        <translation>Date du dernier achat</translation>
    </message>
    <message>
        <location filename="../model/import/ordersaggregator.cpp" line="38"/>
        <source>Average order value</source>
        <translation>Panier moyen</translation>
    </message>
</context>
<context>
    <name>swb::DerivedFields</name>
    <message>
        <location filename="../model/analytics/derivedfields.cpp" line="17"/>
        <source>The customers have an imported column %1; rename it in the file and import again before the analysis stores its results under that name.</source>
        <translation>Les clients ont une colonne importée %1 ; renommez-la dans le fichier et importez à nouveau avant que l&apos;analyse n&apos;enregistre ses résultats sous ce nom.</translation>
    </message>
</context>
<context>
    <name>swb::DerivedFieldsEditor</name>
    <message>
        <location filename="../ui/import/derivedfieldseditor.cpp" line="15"/>
        <source>Customer fields from the orders</source>
        <translation>Champs clients issus des commandes</translation>
    </message>
    <message>
        <location filename="../ui/import/derivedfieldseditor.cpp" line="19"/>
        <source>&amp;Add Field</source>
        <translation>&amp;Ajouter un champ</translation>
    </message>
    <message>
        <location filename="../ui/import/derivedfieldseditor.cpp" line="20"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/import/derivedfieldseditor.cpp" line="29"/>
        <source>Value of the latest order</source>
        <translation>Valeur de la dernière commande</translation>
    </message>
    <message>
        <location filename="../ui/import/derivedfieldseditor.cpp" line="30"/>
        <source>Value of the first order</source>
        <translation>Valeur de la première commande</translation>
    </message>
    <message>
        <location filename="../ui/import/derivedfieldseditor.cpp" line="31"/>
        <source>Value on most orders</source>
        <translation>Valeur la plus fréquente des commandes</translation>
    </message>
    <message>
        <location filename="../ui/import/derivedfieldseditor.cpp" line="32"/>
        <source>Number of distinct values</source>
        <translation>Nombre de valeurs distinctes</translation>
    </message>
    <message>
        <location filename="../ui/import/derivedfieldseditor.cpp" line="33"/>
        <source>Name of the customer field</source>
        <translation>Nom du champ client</translation>
    </message>
    <message>
        <location filename="../ui/import/derivedfieldseditor.cpp" line="37"/>
        <source>An order column such as Country can become a customer field that segments use like any other; it is refreshed at every orders import.</source>
        <translation>Une colonne de commande comme Pays peut devenir un champ client que les segments utilisent comme tout autre ; il est actualisé à chaque importation de commandes.</translation>
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
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>swb::DistributionCalculator</name>
    <message>
        <location filename="../model/analytics/distributionbins.cpp" line="47"/>
        <source>Q%1 %2</source>
        <extracomment>A calendar quarter: Q1 2024.</extracomment>
        <translation>T%1 %2</translation>
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
        <translation>Pas une date</translation>
    </message>
    <message>
        <location filename="../model/analytics/distributionbins.h" line="37"/>
        <location filename="../model/analytics/distributioncalculator.cpp" line="230"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
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
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../model/analytics/distributioncalculator.cpp" line="152"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../model/analytics/distributioncalculator.cpp" line="217"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../model/analytics/distributioncalculator.cpp" line="224"/>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <location filename="../model/analytics/distributioncalculator.cpp" line="292"/>
        <source>The workspace has no field &quot;%1&quot;. Choose another field.</source>
        <translation>L&apos;espace de travail n&apos;a pas de champ &quot;%1&quot;. Choisissez un autre champ.</translation>
    </message>
    <message>
        <location filename="../model/analytics/distributioncalculator.cpp" line="299"/>
        <source>The segment&apos;s customers do not match the loaded data. Try again.</source>
        <translation>Les clients du segment ne correspondent pas aux données chargées. Réessayez.</translation>
    </message>
    <message>
        <location filename="../model/analytics/distributioncalculator.cpp" line="309"/>
        <source>The field %1 holds values of different kinds, so its distribution cannot be drawn. Correct the column in the source file and import it again.</source>
        <translation>Le champ %1 contient des valeurs de types différents : sa distribution ne peut donc pas être tracée. Corrigez la colonne dans le fichier source et importez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>swb::DistributionPanel</name>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="75"/>
        <source>Share of customers (%)</source>
        <translation>Part des clients (%)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="81"/>
        <source>Se&amp;gment:</source>
        <translation>Se&amp;gment :</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="83"/>
        <source>&amp;Field:</source>
        <translation>&amp;Champ :</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="176"/>
        <source>Save a segment to compare how its customers differ from all customers.</source>
        <translation>Enregistrez un segment pour comparer en quoi ses clients diffèrent de l&apos;ensemble des clients.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="178"/>
        <source>The workspace has no fields to compare: only keys and personal data.</source>
        <translation>L&apos;espace de travail n&apos;a aucun champ à comparer : seulement des clés et des données personnelles.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="182"/>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="200"/>
        <source>Cannot show the distribution: %1</source>
        <translation>Impossible d&apos;afficher la distribution : %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="207"/>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="213"/>
        <source>%1: %2 vs. all customers</source>
        <extracomment>The distribution chart&apos;s title: the field, then the segment compared with all customers.</extracomment>
        <translation>%1 : %2 par rapport à tous les clients</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="231"/>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="247"/>
        <source>Bins of %1.</source>
        <translation>Classes de %1.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="250"/>
        <source>By month.</source>
        <translation>Par mois.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="251"/>
        <source>By quarter.</source>
        <translation>Par trimestre.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="252"/>
        <source>By year.</source>
        <translation>Par année.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/distributionpanel.cpp" line="253"/>
        <source>By %n years.</source>
        <translation>
            <numerusform>Par tranche de %n an.</numerusform>
            <numerusform>Par tranches de %n ans.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="256"/>
        <source>The most common values; the rest as &quot;Other&quot;.</source>
        <translation>Les valeurs les plus fréquentes ; le reste dans « Autres ».</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/distributionpanel.cpp" line="262"/>
        <source>Shares of the %1 customers in the segment and of all %2. %3</source>
        <extracomment>Under the distribution chart: %1 and %2 are customer counts; %3 says how values are grouped.</extracomment>
        <translation>Parts des %1 clients du segment et de l&apos;ensemble des %2. %3</translation>
    </message>
</context>
<context>
    <name>swb::DistributionService</name>
    <message>
        <location filename="../model/analytics/distributionservice.cpp" line="85"/>
        <source>Computing the distribution of %1</source>
        <translation>Calcul de la distribution de %1</translation>
    </message>
</context>
<context>
    <name>swb::DragHandle</name>
    <message>
        <location filename="../ui/filter/rows/draghandle.cpp" line="15"/>
        <source>Drag to move</source>
        <translation>Faire glisser pour déplacer</translation>
    </message>
</context>
<context>
    <name>swb::ExportDestinationBox</name>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="23"/>
        <source>Any tool (as chosen)</source>
        <translation>Tout outil (selon le choix)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="24"/>
        <source>The chosen columns with the personal data policy below, values as the workspace holds them.</source>
        <translation>Les colonnes choisies avec la règle de données personnelles ci-dessous, valeurs telles que l&apos;espace de travail les contient.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="27"/>
        <source>Google Ads Customer Match</source>
        <translation>Google Ads Customer Match</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="28"/>
        <source>Email, Phone, First Name, Last Name (hashed or plain), Country and Zip: e-mail trimmed and in lower case, phone in E.164 (+4930123456), names in lower case.</source>
        <translation>Email, Phone, First Name, Last Name (hachés ou en clair), Country et Zip : e-mail sans espaces aux extrémités et en minuscules, téléphone au format E.164 (+4930123456), noms en minuscules.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="32"/>
        <source>Meta Custom Audience</source>
        <translation>Meta Custom Audience</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="33"/>
        <source>email, phone, fn, ln, zip, country (hashed or plain): phone as digits with the country code (4930123456), names in lower case without punctuation, country as two lower-case letters.</source>
        <translation>email, phone, fn, ln, zip, country (hachés ou en clair) : téléphone en chiffres avec l&apos;indicatif du pays (4930123456), noms en minuscules sans ponctuation, pays en deux lettres minuscules.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="36"/>
        <source>Mailchimp</source>
        <translation>Mailchimp</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="37"/>
        <source>Email Address, First Name, Last Name, Phone Number (E.164), Country, Zip Code. Customers without a valid e-mail address are left out.</source>
        <translation>Email Address, First Name, Last Name, Phone Number (E.164), Country, Zip Code. Les clients sans adresse e-mail valide sont exclus.</translation>
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
        <translation>Liste d&apos;exclusion : adresses e-mail hachées</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="45"/>
        <source>One SHA-256 hash of each trimmed, lower-case e-mail address a line, no header.</source>
        <translation>Un hachage SHA-256 par ligne de chaque adresse e-mail, sans espaces aux extrémités et en minuscules, sans en-tête.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="48"/>
        <source>Suppression list: hashed phone numbers (Google)</source>
        <translation>Liste d&apos;exclusion : numéros de téléphone hachés (Google)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="49"/>
        <source>One SHA-256 hash of each phone number in E.164 (+4930123456) a line, no header.</source>
        <translation>Un hachage SHA-256 par ligne de chaque numéro de téléphone au format E.164 (+4930123456), sans en-tête.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="52"/>
        <source>Suppression list: hashed phone numbers (Meta)</source>
        <translation>Liste d&apos;exclusion : numéros de téléphone hachés (Meta)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="53"/>
        <source>One SHA-256 hash of each phone number as digits with the country code (4930123456) a line, no header.</source>
        <translation>Un hachage SHA-256 par ligne de chaque numéro de téléphone en chiffres avec l&apos;indicatif du pays (4930123456), sans en-tête.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="66"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="74"/>
        <source>&amp;Upload to:</source>
        <translation>&amp;Charger vers :</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="79"/>
        <source>for example DE</source>
        <translation>par exemple FR</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="81"/>
        <source>Phone numbers of customers whose country is empty or unknown are read as numbers of this country (ISO 3166-1 alpha-2 code).</source>
        <translation>Les numéros de téléphone des clients dont le pays est vide ou inconnu sont lus comme des numéros de ce pays (code ISO 3166-1 alpha-2).</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdestinationbox.cpp" line="83"/>
        <source>Default &amp;country:</source>
        <translation>&amp;Pays par défaut :</translation>
    </message>
</context>
<context>
    <name>swb::ExportDialog</name>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="54"/>
        <source>Export Customers</source>
        <translation>Exporter des clients</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="89"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="91"/>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="93"/>
        <source>Opens the folder of the exported file</source>
        <translation>Ouvre le dossier du fichier exporté</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="107"/>
        <source>Reading the saved segments</source>
        <translation>Lecture des segments enregistrés</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="112"/>
        <source>Listing the saved segments was cancelled.</source>
        <translation>Le listage des segments enregistrés a été annulé.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="130"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="134"/>
        <source>Customers in any checked entry are exported.</source>
        <translation>Les clients de toutes les entrées cochées sont exportés.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="144"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="150"/>
        <source>CSV (comma-separated values)</source>
        <translation>CSV (valeurs séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="151"/>
        <source>TSV (tab-separated values)</source>
        <translation>TSV (valeurs séparées par des tabulations)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="152"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="153"/>
        <source>JSON (array of objects)</source>
        <translation>JSON (tableau d&apos;objets)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="154"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="159"/>
        <source>Where to write the file</source>
        <translation>Où écrire le fichier</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="161"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="165"/>
        <source>&amp;Save as:</source>
        <translation>Enregistrer s&amp;ous :</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="187"/>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="188"/>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="189"/>
        <source>Pipe ( | )</source>
        <translation>Barre verticale ( | )</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="190"/>
        <source>&amp;Delimiter:</source>
        <translation>Dé&amp;limiteur :</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="193"/>
        <source>Point ( 1.5 )</source>
        <translation>Point ( 1.5 )</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="194"/>
        <source>Comma ( 1,5 )</source>
        <translation>Virgule ( 1,5 )</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="195"/>
        <source>Decimal &amp;mark:</source>
        <translation>Séparateur déci&amp;mal :</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="212"/>
        <source>Decimals and dates as shown (%1, %2)</source>
        <translation>Décimales et dates comme affichées (%1, %2)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="219"/>
        <source>For &amp;Excel: start with a byte order mark so Excel reads UTF-8</source>
        <translation>Pour E&amp;xcel : commencer par une marque d&apos;ordre d&apos;octets pour qu&apos;Excel lise l&apos;UTF-8</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="223"/>
        <source>Protect against spreadsheet formulas</source>
        <translation>Protéger contre les formules de tableur</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="226"/>
        <source>A text cell that starts with = + - @ (such as =HYPERLINK(…)) is run as a formula when the file is opened in Excel or LibreOffice, which can leak data or start programs. With this on, such cells start with &apos; so spreadsheets show them as text. Numbers such as -12.5 in a number column stay numbers.</source>
        <translation>Une cellule de texte commençant par = + - @ (comme =HYPERLINK(…)) est exécutée comme une formule à l&apos;ouverture du fichier dans Excel ou LibreOffice, ce qui peut divulguer des données ou lancer des programmes. Avec cette option, ces cellules commencent par &apos; pour que les tableurs les affichent comme du texte. Les nombres comme -12.5 dans une colonne numérique restent des nombres.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="237"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="243"/>
        <source>%1 (personal data)</source>
        <translation>%1 (données personnelles)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="247"/>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="250"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="251"/>
        <source>Select &amp;None</source>
        <translation>Tout dé&amp;sélectionner</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="258"/>
        <source>Name the columns as in the workspace instead of the imported file&apos;s headers</source>
        <translation>Nommer les colonnes comme dans l&apos;espace de travail plutôt qu&apos;avec les en-têtes du fichier importé</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="273"/>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="277"/>
        <source>Keep as it is</source>
        <translation>Conserver telles quelles</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="278"/>
        <source>Leave out</source>
        <translation>Exclure</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="279"/>
        <source>Mask</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="280"/>
        <source>Hash (SHA-256)</source>
        <translation>Hacher (SHA-256)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="296"/>
        <source>Segment: %1</source>
        <translation>Segment : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/exportdialog.cpp" line="423"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="498"/>
        <source>The format was switched to %1 to match the file name&apos;s extension .%2.</source>
        <translation>Le format a été changé en %1 pour correspondre à l&apos;extension du fichier .%2.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="501"/>
        <source>The extension .%1 does not match the format %2: the file is written as %2. Change the extension to .%3 if the file should open as %2.</source>
        <translation>L&apos;extension .%1 ne correspond pas au format %2 : le fichier est écrit en %2. Changez l&apos;extension en .%3 si le fichier doit s&apos;ouvrir en tant que %2.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="535"/>
        <source>No column of this workspace is flagged as personal data.</source>
        <translation>Aucune colonne de cet espace de travail n&apos;est marquée comme données personnelles.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="536"/>
        <source>Personal data columns: %1.</source>
        <translation>Colonnes de données personnelles : %1.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="540"/>
        <source>Personal data is written as it is. Export it only to tools that may hold it.</source>
        <translation>Les données personnelles sont écrites telles quelles. Ne les exportez que vers des outils autorisés à les conserver.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="543"/>
        <source>Columns flagged as personal data are left out of the file.</source>
        <translation>Les colonnes marquées comme données personnelles sont exclues du fichier.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="546"/>
        <source>Personal data is partly hidden (a***@example.com), so records stay recognisable without showing the full value.</source>
        <translation>Les données personnelles sont partiellement masquées (a***@example.com) : les enregistrements restent reconnaissables sans afficher la valeur complète.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="550"/>
        <source>Each personal value is replaced by the SHA-256 hash (hex) of the value trimmed and in lower case, as ad platforms require for customer-list uploads (Google Customer Match, Meta Custom Audiences).</source>
        <translation>Chaque valeur personnelle est remplacée par le hachage SHA-256 (hexadécimal) de la valeur sans espaces aux extrémités et en minuscules, comme l&apos;exigent les plateformes publicitaires pour l&apos;envoi de listes de clients (Google Customer Match, Meta Custom Audiences).</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="561"/>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="562"/>
        <source>Export To</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="571"/>
        <source>Counting the customers…</source>
        <translation>Comptage des clients…</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="574"/>
        <source>Counting the customers to export</source>
        <translation>Comptage des clients à exporter</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="581"/>
        <source>Counting the customers was cancelled.</source>
        <translation>Le comptage des clients a été annulé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/exportdialog.cpp" line="589"/>
        <source>%Ln customer(s) will be exported.</source>
        <translation>
            <numerusform>%Ln client sera exporté.</numerusform>
            <numerusform>%Ln clients seront exportés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="590"/>
        <source>Cannot count the customers: %1</source>
        <translation>Impossible de compter les clients : %1</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="600"/>
        <source>The saved segments cannot be listed: %1</source>
        <translation>Impossible de lister les segments enregistrés : %1</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="621"/>
        <source>Check at least one entry under Customers.</source>
        <translation>Cochez au moins une entrée sous Clients.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="622"/>
        <source>Check at least one column.</source>
        <translation>Cochez au moins une colonne.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="624"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="624"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="633"/>
        <source>Choose where to save the file.</source>
        <translation>Choisissez où enregistrer le fichier.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="645"/>
        <source>The folder %1 does not exist. Choose an existing folder with Browse….</source>
        <translation>Le dossier %1 n&apos;existe pas. Choisissez un dossier existant avec Parcourir….</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="649"/>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="654"/>
        <source>Exporting %1</source>
        <translation>Exportation de %1</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="663"/>
        <source>The export was cancelled.</source>
        <translation>L&apos;exportation a été annulée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/exportdialog.cpp" line="675"/>
        <source>Exported %Ln customer(s) to %1.</source>
        <translation>
            <numerusform>%Ln client exporté vers %1.</numerusform>
            <numerusform>%Ln clients exportés vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/exportdialog.cpp" line="682"/>
        <source>%1: %Ln</source>
        <translation>
            <numerusform>%1 : %Ln</numerusform>
            <numerusform>%1 : %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="683"/>
        <source>Customers per segment: %1.</source>
        <translation>Clients par segment : %1.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="688"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>L&apos;exportation a été annulée ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="690"/>
        <source>The export failed: %1</source>
        <translation>L&apos;exportation a échoué : %1</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="710"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>swb::ExportHistoryDialog</name>
    <message>
        <location filename="../ui/export/exporthistorydialog.cpp" line="13"/>
        <source>Export History of &quot;%1&quot;</source>
        <translation>Historique des exportations de &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../ui/export/exporthistorydialog.cpp" line="16"/>
        <source>Reading the export log…</source>
        <translation>Lecture du journal des exportations…</translation>
    </message>
    <message>
        <location filename="../ui/export/exporthistorydialog.cpp" line="27"/>
        <source>Reading the export log</source>
        <translation>Lecture du journal des exportations</translation>
    </message>
    <message>
        <location filename="../ui/export/exporthistorydialog.cpp" line="35"/>
        <source>Reading the export log was cancelled.</source>
        <translation>La lecture du journal des exportations a été annulée.</translation>
    </message>
    <message>
        <location filename="../ui/export/exporthistorydialog.cpp" line="46"/>
        <source>Columns: %1</source>
        <translation>Colonnes : %1</translation>
    </message>
    <message>
        <location filename="../ui/export/exporthistorydialog.cpp" line="49"/>
        <source>The export log cannot be read: %1</source>
        <translation>Impossible de lire le journal des exportations : %1</translation>
    </message>
    <message>
        <location filename="../ui/export/exporthistorydialog.cpp" line="51"/>
        <source>This segment has not been exported yet.</source>
        <translation>Ce segment n&apos;a pas encore été exporté.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/exporthistorydialog.cpp" line="53"/>
        <source>%n export(s), newest first.</source>
        <translation>
            <numerusform>%n exportation, la plus récente d&apos;abord.</numerusform>
            <numerusform>%n exportations, les plus récentes d&apos;abord.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::ExportLog</name>
    <message>
        <location filename="../model/export/exportlog.cpp" line="48"/>
        <source>the workspace has no export log yet (open it once in this version)</source>
        <translation>l&apos;espace de travail n&apos;a pas encore de journal des exportations (ouvrez-le une fois avec cette version)</translation>
    </message>
    <message>
        <location filename="../model/export/exportlog.cpp" line="55"/>
        <location filename="../model/export/exportlog.cpp" line="92"/>
        <source>The export was not recorded in the workspace&apos;s export log: %1.</source>
        <translation>L&apos;exportation n&apos;a pas été consignée dans le journal des exportations de l&apos;espace de travail : %1.</translation>
    </message>
    <message>
        <location filename="../model/export/exportlog.cpp" line="90"/>
        <source>The export was not recorded in the workspace&apos;s export log: another program was writing to the workspace. The file itself is complete.</source>
        <translation>L&apos;exportation n&apos;a pas été consignée dans le journal des exportations de l&apos;espace de travail : un autre programme écrivait dans l&apos;espace de travail. Le fichier lui-même est complet.</translation>
    </message>
    <message>
        <location filename="../model/export/exportlog.cpp" line="134"/>
        <source>%1 · %2 · %3 rows · %4 columns · PII %5 · %6 · preset %7 · %8</source>
        <translation>%1 · %2 · %3 lignes · %4 colonnes · données personnelles %5 · %6 · modèle %7 · %8</translation>
    </message>
</context>
<context>
    <name>swb::ExportReport</name>
    <message>
        <location filename="../model/export/exporttypes.cpp" line="191"/>
        <source>%1 with %2</source>
        <translation>%1 avec %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/export/exporttypes.cpp" line="194"/>
        <source>Left out %Ln customer(s): %1.</source>
        <translation>
            <numerusform>%Ln client exclu : %1.</numerusform>
            <numerusform>%Ln clients exclus : %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::ExportSegmentsBox</name>
    <message>
        <location filename="../ui/export/exportsegmentsbox.cpp" line="10"/>
        <source>Several segments</source>
        <translation>Plusieurs segments</translation>
    </message>
    <message>
        <location filename="../ui/export/exportsegmentsbox.cpp" line="16"/>
        <source>One file, a &quot;segments&quot; column naming each customer&apos;s segments</source>
        <translation>Un fichier, une colonne &quot;segments&quot; indiquant les segments de chaque client</translation>
    </message>
    <message>
        <location filename="../ui/export/exportsegmentsbox.cpp" line="18"/>
        <source>One file, a 1/0 column per segment</source>
        <translation>Un fichier, une colonne 1/0 par segment</translation>
    </message>
    <message>
        <location filename="../ui/export/exportsegmentsbox.cpp" line="19"/>
        <source>Excel workbook, one sheet per segment and a summary sheet</source>
        <translation>Classeur Excel, une feuille par segment et une feuille de synthèse</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/exportsegmentsbox.cpp" line="45"/>
        <source>%n checked segment(s) go into one export, laid out as chosen here.</source>
        <translation>
            <numerusform>%n segment coché va dans une seule exportation, organisée comme choisi ici.</numerusform>
            <numerusform>%n segments cochés vont dans une seule exportation, organisée comme choisi ici.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/exportsegmentsbox.cpp" line="47"/>
        <source>Check only saved segments to say who is in which: with other entries checked, the export holds everyone checked, without segment columns.</source>
        <translation>Cochez uniquement des segments enregistrés pour indiquer qui est dans lequel : si d&apos;autres entrées sont cochées, l&apos;exportation contient tous les clients cochés, sans colonnes de segment.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportsegmentsbox.cpp" line="50"/>
        <source>Check two or more saved segments under Customers to export them together.</source>
        <translation>Cochez au moins deux segments enregistrés sous Clients pour les exporter ensemble.</translation>
    </message>
</context>
<context>
    <name>swb::Exporter</name>
    <message>
        <location filename="../model/export/exporter.cpp" line="87"/>
        <source>The column %1 is not flagged as personal data, but its values are e-mail addresses: it was hashed like the flagged columns. To flag it, run: %2</source>
        <translation>La colonne %1 n&apos;est pas marquée comme données personnelles, mais ses valeurs sont des adresses e-mail : elle a été hachée comme les colonnes marquées. Pour la marquer, exécutez : %2</translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="91"/>
        <source>The column %1 is not flagged as personal data, but its values are e-mail addresses: it was masked like the flagged columns. To flag it, run: %2</source>
        <translation>La colonne %1 n&apos;est pas marquée comme données personnelles, mais ses valeurs sont des adresses e-mail : elle a été masquée comme les colonnes marquées. Pour la marquer, exécutez : %2</translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="94"/>
        <source>The column %1 is not flagged as personal data, but its values are e-mail addresses: it was left out like the flagged columns. To flag it, run: %2</source>
        <translation>La colonne %1 n&apos;est pas marquée comme données personnelles, mais ses valeurs sont des adresses e-mail : elle a été exclue comme les colonnes marquées. Pour la marquer, exécutez : %2</translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="100"/>
        <source>The column %1 is not flagged as personal data, but its name or role suggests personal data (%2): it was exported unchanged. If it is personal data, flag it and export again: %3</source>
        <translation>La colonne %1 n&apos;est pas marquée comme données personnelles, mais son nom ou son rôle le laisse supposer (%2) : elle a été exportée sans modification. S&apos;il s&apos;agit de données personnelles, marquez-la et exportez à nouveau : %3</translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="112"/>
        <source>The CSV delimiter must be a comma, a semicolon, a pipe or a tab.</source>
        <translation>Le délimiteur CSV doit être une virgule, un point-virgule, une barre verticale ou une tabulation.</translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="114"/>
        <source>The decimal mark must be a point or a comma.</source>
        <translation>Le séparateur décimal doit être un point ou une virgule.</translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="116"/>
        <source>A comma as the decimal mark needs another delimiter: choose the semicolon.</source>
        <translation>Une virgule comme séparateur décimal requiert un autre délimiteur : choisissez le point-virgule.</translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="171"/>
        <source>The customer table has no column &quot;%1&quot;. Columns: %2.</source>
        <translation>La table des clients n&apos;a pas de colonne &quot;%1&quot;. Colonnes : %2.</translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="197"/>
        <source>No column is left to export (the PII policy omitted every chosen column).</source>
        <translation>Il ne reste aucune colonne à exporter (la règle de données personnelles a exclu toutes les colonnes choisies).</translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="283"/>
        <location filename="../model/postgres/pgexport.cpp" line="145"/>
        <source>Reading the customers failed: %1</source>
        <translation>La lecture des clients a échoué : %1</translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="293"/>
        <location filename="../model/export/exporter.cpp" line="322"/>
        <source>The selection cannot be evaluated: %1</source>
        <translation>Impossible d&apos;évaluer la sélection : %1</translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="399"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail %1 : %2</translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="401"/>
        <source>The workspace has no customers yet: import a customer file first.</source>
        <translation>L&apos;espace de travail ne contient encore aucun client : importez d&apos;abord un fichier de clients.</translation>
    </message>
    <message>
        <location filename="../model/export/exporter.cpp" line="406"/>
        <location filename="../model/postgres/pgexport.cpp" line="144"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>L&apos;exportation a été annulée ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="83"/>
        <source>%1 is the workspace being exported or one of its -wal, -shm or -journal files: the export would destroy the workspace. Choose another file name.</source>
        <translation>%1 est l&apos;espace de travail en cours d&apos;exportation ou l&apos;un de ses fichiers -wal, -shm ou -journal : l&apos;exportation détruirait l&apos;espace de travail. Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="88"/>
        <source>Choose a file to export to.</source>
        <translation>Choisissez un fichier vers lequel exporter.</translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="96"/>
        <source>Cannot write %1: this program has no such output open.</source>
        <translation>Impossible d&apos;écrire %1 : ce programme n&apos;a pas une telle sortie ouverte.</translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="107"/>
        <source>%1 is a folder; choose a file name to export to.</source>
        <translation>%1 est un dossier ; choisissez un nom de fichier vers lequel exporter.</translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="113"/>
        <source>%1 is neither a file nor a pipe or character device (such as /dev/null), so nothing can be exported to it. Choose a file name.</source>
        <translation>%1 n&apos;est ni un fichier, ni un tube, ni un périphérique caractère (comme /dev/null) : rien ne peut donc y être exporté. Choisissez un nom de fichier.</translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="120"/>
        <source>Cannot replace %1: the file is read-only. Choose another file name, or make it writable first.</source>
        <translation>Impossible de remplacer %1 : le fichier est en lecture seule. Choisissez un autre nom de fichier ou rendez d&apos;abord le fichier accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="126"/>
        <location filename="../model/export/exporttarget.cpp" line="258"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="135"/>
        <source>%1 names a folder; add a file name to export to.</source>
        <translation>%1 désigne un dossier ; ajoutez un nom de fichier vers lequel exporter.</translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="138"/>
        <source>Cannot write %1: the folder %2 does not exist. Create it or choose another folder.</source>
        <translation>Impossible d&apos;écrire %1 : le dossier %2 n&apos;existe pas. Créez-le ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="251"/>
        <source>Cannot write %1: the disk is full (no space is left on the device).</source>
        <translation>Impossible d&apos;écrire %1 : le disque est plein (il ne reste plus d&apos;espace sur le périphérique).</translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="254"/>
        <source>Cannot write %1: you are not allowed to write to it.</source>
        <translation>Impossible d&apos;écrire %1 : vous n&apos;avez pas l&apos;autorisation d&apos;y écrire.</translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="256"/>
        <source>Cannot write %1: the program reading the pipe has stopped reading.</source>
        <translation>Impossible d&apos;écrire %1 : le programme qui lit le tube a cessé de lire.</translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="264"/>
        <source>Cannot write %1: the disk is full. Free some space or export to another disk, then try again. No partial file was left.</source>
        <translation>Impossible d&apos;écrire %1 : le disque est plein. Libérez de l&apos;espace ou exportez vers un autre disque, puis réessayez. Aucun fichier partiel n&apos;a été laissé.</translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="268"/>
        <source>Cannot write %1: your disk quota is used up. Free some space or export to another disk, then try again. No partial file was left.</source>
        <translation>Impossible d&apos;écrire %1 : votre quota de disque est épuisé. Libérez de l&apos;espace ou exportez vers un autre disque, puis réessayez. Aucun fichier partiel n&apos;a été laissé.</translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="272"/>
        <source>Cannot write %1: the file would be larger than this disk or system allows. Export fewer customers or columns, or to another disk. No partial file was left.</source>
        <translation>Impossible d&apos;écrire %1 : le fichier dépasserait la taille permise par ce disque ou ce système. Exportez moins de clients ou de colonnes, ou vers un autre disque. Aucun fichier partiel n&apos;a été laissé.</translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="277"/>
        <source>Cannot write %1: you are not allowed to create files in the folder %2. Choose another folder.</source>
        <translation>Impossible d&apos;écrire %1 : vous n&apos;avez pas l&apos;autorisation de créer des fichiers dans le dossier %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="280"/>
        <source>Cannot write %1: the folder %2 is on a read-only disk. Choose another folder.</source>
        <translation>Impossible d&apos;écrire %1 : le dossier %2 se trouve sur un disque en lecture seule. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../model/export/exporttarget.cpp" line="282"/>
        <source>Cannot write %1: %2. No partial file was left.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Aucun fichier partiel n&apos;a été laissé.</translation>
    </message>
</context>
<context>
    <name>swb::FieldLabels</name>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="9"/>
        <source>Whole number</source>
        <translation>Nombre entier</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="11"/>
        <source>Decimal number</source>
        <translation>Nombre décimal</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="13"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="15"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="17"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="19"/>
        <source>Yes/No</source>
        <translation>Oui/Non</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="28"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="30"/>
        <source>Customer key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="32"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="34"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="36"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="38"/>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="40"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="42"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="44"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="46"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="48"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="50"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="52"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="54"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="56"/>
        <source>Signup date</source>
        <translation>Date d&apos;inscription</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="58"/>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="60"/>
        <source>Number of orders</source>
        <translation>Nombre de commandes</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="62"/>
        <source>Average order value</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="64"/>
        <source>First purchase date</source>
        <translation>Date du premier achat</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="66"/>
        <source>Last purchase date</source>
        <translation>Date du dernier achat</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="68"/>
        <source>Churned (flag)</source>
        <translation>Attrition (indicateur)</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="70"/>
        <source>NPS answer (0–10)</source>
        <translation>Réponse NPS (0–10)</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="72"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="74"/>
        <source>Order ID</source>
        <translation>N° de commande</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="76"/>
        <source>Order date</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="78"/>
        <source>Order amount</source>
        <translation>Montant de commande</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="80"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../ui/shell/fieldlabels.cpp" line="82"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
</context>
<context>
    <name>swb::FieldMention</name>
    <message>
        <location filename="../model/field.cpp" line="69"/>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../model/field.cpp" line="70"/>
        <source>&quot;%1&quot; (%2)</source>
        <translation>&quot;%1&quot; (%2)</translation>
    </message>
</context>
<context>
    <name>swb::FieldPicker</name>
    <message>
        <location filename="../ui/filter/rows/fieldpicker.cpp" line="35"/>
        <source>Choose a field…</source>
        <translation>Choisir un champ…</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/fieldpicker.cpp" line="38"/>
        <source>No field matches.</source>
        <translation>Aucun champ ne correspond.</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/fieldpicker.cpp" line="55"/>
        <source>Column %1 (%2)</source>
        <extracomment>Tooltip of a field: its column name in the workspace and its type</extracomment>
        <translation>Colonne %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/fieldpicker.cpp" line="59"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/fieldpicker.cpp" line="62"/>
        <source>Membership in saved segments (%1)</source>
        <translation>Appartenance aux segments enregistrés (%1)</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/fieldpicker.cpp" line="80"/>
        <source>The workspace has no field &quot;%1&quot;.</source>
        <translation>L&apos;espace de travail n&apos;a pas de champ &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>swb::FileDetection</name>
    <message>
        <location filename="../model/import/filedetection.cpp" line="33"/>
        <source>%1 is an Excel workbook, not a CSV file. Save the sheet as CSV (UTF-8) in Excel or LibreOffice (File → Save As) and import that file.</source>
        <translation>%1 est un classeur Excel, pas un fichier CSV. Enregistrez la feuille au format CSV (UTF-8) dans Excel ou LibreOffice (Fichier → Enregistrer sous) et importez ce fichier.</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="38"/>
        <source>%1 is an OpenDocument spreadsheet, not a CSV file. Save the sheet as CSV (UTF-8) in LibreOffice (File → Save As) and import that file.</source>
        <translation>%1 est une feuille de calcul OpenDocument, pas un fichier CSV. Enregistrez la feuille au format CSV (UTF-8) dans LibreOffice (Fichier → Enregistrer sous) et importez ce fichier.</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="43"/>
        <source>%1 is a ZIP archive. Unpack it and import the CSV file inside.</source>
        <translation>%1 est une archive ZIP. Décompressez-la et importez le fichier CSV qu&apos;elle contient.</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="59"/>
        <source>%1 is compressed (%2). Unpack it first and import the CSV file inside.</source>
        <translation>%1 est compressé (%2). Décompressez-le d&apos;abord et importez le fichier CSV qu&apos;il contient.</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="62"/>
        <source>%1 is an SQLite database, not a CSV file. Open a workspace with File → Open Workspace (on the command line: --db).</source>
        <translation>%1 est une base de données SQLite, pas un fichier CSV. Ouvrez un espace de travail avec Fichier → Ouvrir un espace de travail (en ligne de commande : --db).</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="66"/>
        <source>%1 is a PDF document, not a CSV file. Export the data as CSV from the program that made it.</source>
        <translation>%1 est un document PDF, pas un fichier CSV. Exportez les données au format CSV depuis le programme qui l&apos;a créé.</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="104"/>
        <source>%1 has more than %2 columns; a workspace holds at most %3. Remove the columns you do not need, or split the file into files with fewer columns.</source>
        <translation>%1 a plus de %2 colonnes ; un espace de travail en contient au plus %3. Supprimez les colonnes inutiles ou divisez le fichier en fichiers comportant moins de colonnes.</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="107"/>
        <source>%1 has %2 columns; a workspace holds at most %3. Remove the columns you do not need, or split the file into files with fewer columns.</source>
        <translation>%1 a %2 colonnes ; un espace de travail en contient au plus %3. Supprimez les colonnes inutiles ou divisez le fichier en fichiers comportant moins de colonnes.</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="118"/>
        <source>%1 changed while it was read (another program wrote to it or cut it short: it had %2 bytes when the import started, %3 bytes were read, it has %4 bytes now). Nothing was imported; import it again when that program is done.</source>
        <translation>%1 a changé pendant sa lecture (un autre programme y a écrit ou l&apos;a tronqué : il faisait %2 octets au début de l&apos;importation, %3 octets ont été lus, il fait maintenant %4 octets). Rien n&apos;a été importé ; importez-le à nouveau lorsque ce programme aura terminé.</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="136"/>
        <source>%1 is a folder. Choose a CSV file.</source>
        <translation>%1 est un dossier. Choisissez un fichier CSV.</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="139"/>
        <source>%1 is not a regular file but a device, a pipe or a socket, which cannot be imported. Save the data to a file and import that file.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire mais un périphérique, un tube ou un socket, qui ne peut pas être importé. Enregistrez les données dans un fichier et importez ce fichier.</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="144"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="148"/>
        <source>The file %1 is empty. Choose a file with a header and at least one record.</source>
        <translation>Le fichier %1 est vide. Choisissez un fichier avec un en-tête et au moins un enregistrement.</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="159"/>
        <source>%1 is not a text file: it holds binary data. Choose a CSV file exported as text.</source>
        <translation>%1 n&apos;est pas un fichier texte : il contient des données binaires. Choisissez un fichier CSV exporté en texte.</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="163"/>
        <source>The encoding &quot;%1&quot; is not known. Use utf-8, utf-16le, utf-16be, latin1, windows-1252 or another name that ICU knows.</source>
        <translation>L&apos;encodage &quot;%1&quot; est inconnu. Utilisez utf-8, utf-16le, utf-16be, latin1, windows-1252 ou un autre nom connu d&apos;ICU.</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="190"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="192"/>
        <source>The file %1 holds no records (only blank lines).</source>
        <translation>Le fichier %1 ne contient aucun enregistrement (uniquement des lignes vides).</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="214"/>
        <source>The file %1 holds no records.</source>
        <translation>Le fichier %1 ne contient aucun enregistrement.</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="220"/>
        <source>A quoted field in the first record of %1 is never closed: the file cannot be split into records. Check the quotes in line 1.</source>
        <translation>Un champ entre guillemets du premier enregistrement de %1 n&apos;est jamais fermé : le fichier ne peut pas être découpé en enregistrements. Vérifiez les guillemets de la ligne 1.</translation>
    </message>
    <message>
        <location filename="../model/import/filedetection.cpp" line="225"/>
        <source>The file %1 has a header but no records below it, so there is nothing to import. Check that the export holds data.</source>
        <translation>Le fichier %1 a un en-tête mais aucun enregistrement en dessous : il n&apos;y a rien à importer. Vérifiez que l&apos;export contient des données.</translation>
    </message>
</context>
<context>
    <name>swb::FilterDefinition</name>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="49"/>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; doit valoir true ou false.</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="68"/>
        <source>&quot;field&quot; must be a field name in quotes.</source>
        <translation>&quot;field&quot; doit être un nom de champ entre guillemets.</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="71"/>
        <source>&quot;operator&quot; must be an operator name in quotes, such as &quot;=&quot; or &quot;in&quot;.</source>
        <translation>&quot;operator&quot; doit être un nom d&apos;opérateur entre guillemets, comme &quot;=&quot; ou &quot;in&quot;.</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="93"/>
        <source>&quot;where&quot; must be a group of conditions on order columns, such as {&quot;combinator&quot;:&quot;and&quot;,&quot;rules&quot;:[…]}.</source>
        <translation>&quot;where&quot; doit être un groupe de conditions sur des colonnes de commande, comme {&quot;combinator&quot;:&quot;and&quot;,&quot;rules&quot;:[…]}.</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="106"/>
        <source>Groups are nested more than %1 levels deep. Flatten the definition.</source>
        <translation>Les groupes sont imbriqués sur plus de %1 niveaux. Simplifiez la définition.</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="115"/>
        <source>&quot;combinator&quot; must be &quot;and&quot; or &quot;or&quot;.</source>
        <translation>&quot;combinator&quot; doit valoir &quot;and&quot; ou &quot;or&quot;.</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="123"/>
        <source>A group needs &quot;rules&quot;: a list of rules and groups.</source>
        <translation>Un groupe requiert &quot;rules&quot; : une liste de règles et de groupes.</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="131"/>
        <source>Combinators between rules (&quot;independent combinators&quot;) are not supported: set &quot;combinator&quot; on the group instead.</source>
        <translation>Les combinateurs entre règles (« independent combinators ») ne sont pas pris en charge : définissez plutôt &quot;combinator&quot; sur le groupe.</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="134"/>
        <source>A rule must be an object with &quot;field&quot;, &quot;operator&quot; and &quot;value&quot;.</source>
        <translation>Une règle doit être un objet avec &quot;field&quot;, &quot;operator&quot; et &quot;value&quot;.</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="246"/>
        <source>The definition is nested too deeply: groups can be nested at most %1 levels deep.</source>
        <translation>La définition est trop profondément imbriquée : les groupes peuvent être imbriqués sur %1 niveaux au plus.</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="251"/>
        <source>The definition is not valid JSON (%1 at character %2).</source>
        <translation>La définition n&apos;est pas un JSON valide (%1 au caractère %2).</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="257"/>
        <source>The definition must be a JSON object such as {&quot;combinator&quot;:&quot;and&quot;,&quot;rules&quot;:[…]}.</source>
        <translation>La définition doit être un objet JSON comme {&quot;combinator&quot;:&quot;and&quot;,&quot;rules&quot;:[…]}.</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="315"/>
        <source>The field name contains a NUL character (\u0000), which no field name can hold. Remove it.</source>
        <translation>Le nom de champ contient un caractère NUL (\u0000), qu&apos;aucun nom de champ ne peut contenir. Supprimez-le.</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="317"/>
        <source>The operator contains a NUL character (\u0000). Remove it.</source>
        <translation>L&apos;opérateur contient un caractère NUL (\u0000). Supprimez-le.</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="319"/>
        <source>The value contains a NUL character (\u0000), which a filter value cannot hold. Remove it.</source>
        <translation>La valeur contient un caractère NUL (\u0000), qu&apos;une valeur de filtre ne peut pas contenir. Supprimez-le.</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdefinition.cpp" line="325"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>swb::FilterDescriber</name>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="13"/>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="20"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="20"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="43"/>
        <source>the customer is in the segment %1</source>
        <translation>le client est dans le segment %1</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="44"/>
        <source>the customer is not in the segment %1</source>
        <translation>le client n&apos;est pas dans le segment %1</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="46"/>
        <source>the customer is in one of the segments %1</source>
        <translation>le client est dans l&apos;un des segments %1</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="47"/>
        <source>the customer is in none of the segments %1</source>
        <translation>le client n&apos;est dans aucun des segments %1</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="57"/>
        <source>the number of orders</source>
        <translation>le nombre de commandes</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="60"/>
        <source>the amount spent</source>
        <translation>le montant dépensé</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="63"/>
        <source>the number of distinct %1</source>
        <translation>le nombre de valeurs distinctes de %1</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="66"/>
        <source>the first order date</source>
        <translation>la date de la première commande</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="69"/>
        <source>the last order date</source>
        <translation>la date de la dernière commande</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/filter/filterdescriber.cpp" line="76"/>
        <source>ordered in the last %n day(s)</source>
        <translation>
            <numerusform>a commandé il y a %n jour au plus</numerusform>
            <numerusform>a commandé il y a %n jours au plus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="78"/>
        <source>ordered from %1 to %2</source>
        <translation>a commandé du %1 au %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="80"/>
        <source>ordered on or after %1</source>
        <translation>a commandé le %1 ou après</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="82"/>
        <source>ordered on or before %1</source>
        <translation>a commandé le %1 ou avant</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="85"/>
        <source>%1 (order lines where %2, %3)</source>
        <comment>measure (condition, window)</comment>
        <translation>%1 (lignes de commande où %2, %3)</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="88"/>
        <source>%1 (order lines where %2)</source>
        <comment>measure (condition)</comment>
        <translation>%1 (lignes de commande où %2)</translation>
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
        <translation>%1 est %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="112"/>
        <location filename="../model/filter/filterdescriber.cpp" line="141"/>
        <source>%1 is not %2</source>
        <translation>%1 n&apos;est pas %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="114"/>
        <source>%1 is before %2</source>
        <translation>%1 est avant %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="114"/>
        <source>%1 is less than %2</source>
        <translation>%1 est inférieur à %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="116"/>
        <source>%1 is after %2</source>
        <translation>%1 est après %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="116"/>
        <source>%1 is greater than %2</source>
        <translation>%1 est supérieur à %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="118"/>
        <source>%1 is on or before %2</source>
        <translation>%1 est le %2 ou avant</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="118"/>
        <source>%1 is at most %2</source>
        <translation>%1 est au plus %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="120"/>
        <source>%1 is on or after %2</source>
        <translation>%1 est le %2 ou après</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="120"/>
        <source>%1 is at least %2</source>
        <translation>%1 est au moins %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="122"/>
        <source>%1 contains %2</source>
        <translation>%1 contient %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="124"/>
        <source>%1 begins with %2</source>
        <translation>%1 commence par %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="126"/>
        <source>%1 ends with %2</source>
        <translation>%1 se termine par %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="128"/>
        <source>%1 does not contain %2</source>
        <translation>%1 ne contient pas %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="130"/>
        <source>%1 does not begin with %2</source>
        <translation>%1 ne commence pas par %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="132"/>
        <source>%1 does not end with %2</source>
        <translation>%1 ne se termine pas par %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="134"/>
        <source>%1 has no value</source>
        <translation>%1 n&apos;a pas de valeur</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="136"/>
        <source>%1 has a value</source>
        <translation>%1 a une valeur</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="139"/>
        <source>%1 is one of %2</source>
        <translation>%1 est l&apos;une des valeurs %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="142"/>
        <source>%1 is none of %2</source>
        <translation>%1 n&apos;est aucune des valeurs %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="144"/>
        <source>%1 is between %2 and %3</source>
        <translation>%1 est compris entre %2 et %3</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="146"/>
        <source>%1 is not between %2 and %3</source>
        <translation>%1 n&apos;est pas compris entre %2 et %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/filter/filterdescriber.cpp" line="148"/>
        <source>%1 is within the last %n day(s)</source>
        <translation>
            <numerusform>%1 date de %n jour au plus</numerusform>
            <numerusform>%1 date de %n jours au plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/filter/filterdescriber.cpp" line="150"/>
        <source>%1 is not within the last %n day(s)</source>
        <translation>
            <numerusform>%1 ne date pas de %n jour au plus</numerusform>
            <numerusform>%1 ne date pas de %n jours au plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/filter/filterdescriber.cpp" line="152"/>
        <source>%1 is more than %n day(s) ago</source>
        <translation>
            <numerusform>%1 date de plus de %n jour</numerusform>
            <numerusform>%1 date de plus de %n jours</numerusform>
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
        <translation>et</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="173"/>
        <source>or</source>
        <translation>ou</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="174"/>
        <source>not (%1)</source>
        <translation>non (%1)</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="181"/>
        <source>All customers.</source>
        <translation>Tous les clients.</translation>
    </message>
    <message>
        <location filename="../model/filter/filterdescriber.cpp" line="182"/>
        <source>Customers where %1.</source>
        <translation>Clients pour lesquels %1.</translation>
    </message>
</context>
<context>
    <name>swb::FilterDocument</name>
    <message>
        <location filename="../ui/filter/definition/filterdocument.cpp" line="31"/>
        <source>Add rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/filterdocument.cpp" line="49"/>
        <source>Add group</source>
        <translation>Ajouter un groupe</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/filterdocument.cpp" line="59"/>
        <source>Remove group</source>
        <translation>Supprimer le groupe</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/filterdocument.cpp" line="59"/>
        <source>Remove rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/filterdocument.cpp" line="76"/>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/filterdocument.cpp" line="87"/>
        <source>Match all</source>
        <translation>Exiger toutes les règles</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/filterdocument.cpp" line="87"/>
        <source>Match any</source>
        <translation>Exiger au moins une règle</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/filterdocument.cpp" line="97"/>
        <source>Negate group</source>
        <translation>Inverser le groupe</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/filterdocument.cpp" line="97"/>
        <source>Stop negating group</source>
        <translation>Ne plus inverser le groupe</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/filterdocument.cpp" line="114"/>
        <source>Mute</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/filterdocument.cpp" line="114"/>
        <source>Unmute</source>
        <translation>Réactiver</translation>
    </message>
</context>
<context>
    <name>swb::FilterEvaluator</name>
    <message>
        <location filename="../model/filter/filterevaluator.cpp" line="248"/>
        <source>%1: the field &quot;%2&quot; was not loaded; reload the workspace</source>
        <translation>%1 : le champ &quot;%2&quot; n&apos;a pas été chargé ; rechargez l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../model/filter/filterevaluator.cpp" line="294"/>
        <source>%1: the static segment &quot;%2&quot; needs the workspace to read its members</source>
        <translation>%1 : le segment statique &quot;%2&quot; a besoin de l&apos;espace de travail pour lire ses membres</translation>
    </message>
    <message>
        <location filename="../model/filter/filterevaluator.cpp" line="303"/>
        <source>%1: cannot read the members of &quot;%2&quot;: %3</source>
        <translation>%1 : impossible de lire les membres de &quot;%2&quot; : %3</translation>
    </message>
    <message>
        <location filename="../model/filter/filterevaluator.cpp" line="324"/>
        <source>%1: order rules need the workspace to read the orders</source>
        <translation>%1 : les règles sur les commandes ont besoin de l&apos;espace de travail pour lire les commandes</translation>
    </message>
    <message>
        <location filename="../model/filter/filterevaluator.cpp" line="325"/>
        <source>%1: the values of &quot;%2&quot; do not all have the field&apos;s type, and the workspace is not available to evaluate them</source>
        <translation>%1 : les valeurs de &quot;%2&quot; n&apos;ont pas toutes le type du champ, et l&apos;espace de travail n&apos;est pas disponible pour les évaluer</translation>
    </message>
    <message>
        <location filename="../model/filter/filterevaluator.cpp" line="336"/>
        <location filename="../model/filter/filterevaluator.cpp" line="353"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>swb::FilterResolver</name>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="62"/>
        <source>groups are nested more than %1 levels deep; flatten the definition</source>
        <translation>les groupes sont imbriqués sur plus de %1 niveaux ; simplifiez la définition</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="114"/>
        <source>the rule has no field; choose a field</source>
        <translation>la règle n&apos;a pas de champ ; choisissez un champ</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="118"/>
        <source>the rule on &quot;%1&quot; has no operator; choose an operator</source>
        <translation>la règle sur &quot;%1&quot; n&apos;a pas d&apos;opérateur ; choisissez un opérateur</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="127"/>
        <source>unknown operator &quot;%1&quot;; use one of %2</source>
        <translation>opérateur &quot;%1&quot; inconnu ; utilisez l&apos;un de ceux-ci : %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="133"/>
        <source>a condition on order lines cannot hold &quot;%1&quot; rules; move the rule out of &quot;where&quot;</source>
        <translation>une condition sur les lignes de commande ne peut pas contenir de règles &quot;%1&quot; ; sortez la règle de &quot;where&quot;</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="212"/>
        <source>unknown order column &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>colonne de commande &quot;%1&quot; inconnue ; vouliez-vous dire &quot;%2&quot; ?</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="214"/>
        <source>unknown order column &quot;%1&quot;; use one of the columns of the orders</source>
        <translation>colonne de commande &quot;%1&quot; inconnue ; utilisez l&apos;une des colonnes des commandes</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="216"/>
        <source>unknown field &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>champ &quot;%1&quot; inconnu ; vouliez-vous dire &quot;%2&quot; ?</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="218"/>
        <source>unknown field &quot;%1&quot;; use one of the workspace&apos;s fields</source>
        <translation>champ &quot;%1&quot; inconnu ; utilisez l&apos;un des champs de l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="227"/>
        <source>operator &quot;%1&quot; is not valid for the number field %2</source>
        <translation>l&apos;opérateur &quot;%1&quot; n&apos;est pas valide pour le champ numérique %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="229"/>
        <source>operator &quot;%1&quot; is not valid for the yes/no field %2</source>
        <translation>l&apos;opérateur &quot;%1&quot; n&apos;est pas valide pour le champ oui/non %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="231"/>
        <source>operator &quot;%1&quot; is not valid for the text field %2; relative dates need a date field</source>
        <translation>l&apos;opérateur &quot;%1&quot; n&apos;est pas valide pour le champ texte %2 ; les dates relatives requièrent un champ date</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="237"/>
        <source>operator &quot;%1&quot; is not valid for the date field %2</source>
        <translation>l&apos;opérateur &quot;%1&quot; n&apos;est pas valide pour le champ date %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="248"/>
        <source>&quot;%1&quot; needs a value</source>
        <translation>&quot;%1&quot; requiert une valeur</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="250"/>
        <source>&quot;%1&quot; needs one value, not a list</source>
        <translation>&quot;%1&quot; requiert une seule valeur, pas une liste</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="256"/>
        <source>&quot;%1&quot; needs at least one value</source>
        <translation>&quot;%1&quot; requiert au moins une valeur</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="266"/>
        <source>&quot;%1&quot; needs two values</source>
        <translation>&quot;%1&quot; requiert deux valeurs</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="280"/>
        <source>&quot;%1&quot; needs a whole number of days from 0 to %2, not &quot;%3&quot;</source>
        <translation>&quot;%1&quot; requiert un nombre entier de jours de 0 à %2, pas &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="284"/>
        <source>&quot;%1&quot; needs the workspace&apos;s as-of date, which is not set</source>
        <translation>&quot;%1&quot; requiert la date de référence de l&apos;espace de travail, qui n&apos;est pas définie</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="308"/>
        <source>operator &quot;%1&quot; is not valid for &quot;@segment&quot;; use &quot;in&quot; or &quot;notIn&quot;</source>
        <translation>l&apos;opérateur &quot;%1&quot; n&apos;est pas valide pour &quot;@segment&quot; ; utilisez &quot;in&quot; ou &quot;notIn&quot;</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="311"/>
        <source>&quot;%1&quot; needs at least one segment name</source>
        <translation>&quot;%1&quot; requiert au moins un nom de segment</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="319"/>
        <source>segments refer to each other in a cycle: %1</source>
        <translation>des segments se font référence en boucle : %1</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="323"/>
        <source>unknown segment &quot;%1&quot;</source>
        <translation>segment &quot;%1&quot; inconnu</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="335"/>
        <location filename="../model/filter/filterresolver.cpp" line="343"/>
        <source>segment &quot;%1&quot;: %2</source>
        <translation>segment &quot;%1&quot; : %2</translation>
    </message>
    <message>
        <location filename="../model/filter/filterresolver.cpp" line="338"/>
        <source>segments are nested more than %1 levels deep</source>
        <translation>les segments sont imbriqués sur plus de %1 niveaux</translation>
    </message>
</context>
<context>
    <name>swb::GroupWidget</name>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="54"/>
        <source>Not</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="54"/>
        <source>Negate the group: select the customers the group does not match</source>
        <translation>Inverser le groupe : sélectionner les clients auxquels le groupe ne correspond pas</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="56"/>
        <source>of the following are true</source>
        <translation>conditions suivantes</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="57"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="57"/>
        <source>Add a rule to this group (Ctrl+Shift+R)</source>
        <translation>Ajouter une règle à ce groupe (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="58"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="58"/>
        <source>Add a nested group (Ctrl+Shift+G)</source>
        <translation>Ajouter un groupe imbriqué (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="59"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="60"/>
        <source>Add an order rule: how many orders, how much or when a customer bought, optionally only of some products or in a time window (Ctrl+Shift+O)</source>
        <translation>Ajouter une règle sur les commandes : combien de commandes, quel montant ou quand un client a acheté, éventuellement pour certains produits seulement ou sur une période (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="70"/>
        <source>All</source>
        <translation>Toutes les</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="71"/>
        <source>Any</source>
        <translation>Au moins une des</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="72"/>
        <source>All: customers must match every rule (and). Any: at least one rule (or).</source>
        <translation>« Toutes les » : les clients doivent satisfaire chaque règle (et). « Au moins une des » : au moins une règle (ou).</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="75"/>
        <source>Combine the rules of this group</source>
        <translation>Combiner les règles de ce groupe</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="76"/>
        <source>Add rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="77"/>
        <source>Add group</source>
        <translation>Ajouter un groupe</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="78"/>
        <source>Add order rule</source>
        <translation>Ajouter une règle de commande</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="97"/>
        <source>Mute the group</source>
        <translation>Désactiver le groupe</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="99"/>
        <source>Remove the group and its rules (Delete)</source>
        <translation>Supprimer le groupe et ses règles (Suppr)</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="100"/>
        <source>Mute group</source>
        <translation>Désactiver le groupe</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="101"/>
        <source>Remove group</source>
        <translation>Supprimer le groupe</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="122"/>
        <source>No condition: every order line counts. Add a rule to count only some, for example “StockCode is 85123A”.</source>
        <translation>Aucune condition : chaque ligne de commande compte. Ajoutez une règle pour n&apos;en compter que certaines, par exemple « StockCode est 85123A ».</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="125"/>
        <source>Add a rule to start: for example “Country is one of DE, AT” or “Total revenue is at least 500”. Rules in a group can be combined with “all” (and) or “any” (or), and groups can be nested.</source>
        <translation>Ajoutez une règle pour commencer : par exemple « Pays est l&apos;une des valeurs DE, AT » ou « CA total est au moins 500 ». Les règles d&apos;un groupe peuvent être combinées avec « Toutes les » (et) ou « Au moins une des » (ou), et les groupes peuvent être imbriqués.</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="128"/>
        <source>This group has no rules yet, so it selects everyone. Add a rule or remove the group.</source>
        <translation>Ce groupe n&apos;a pas encore de règle : il sélectionne donc tout le monde. Ajoutez une règle ou supprimez le groupe.</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="135"/>
        <source>Add the first rule</source>
        <translation>Ajouter la première règle</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="136"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="215"/>
        <source>Mute the group: leave it out without deleting it</source>
        <translation>Désactiver le groupe : l&apos;ignorer sans le supprimer</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/groupwidget.cpp" line="215"/>
        <source>Unmute the group</source>
        <translation>Réactiver le groupe</translation>
    </message>
</context>
<context>
    <name>swb::Heatmap</name>
    <message>
        <location filename="../ui/charts/heatmap.cpp" line="39"/>
        <source>%1 and %2: %3 customers, %4% of %1</source>
        <translation>%1 et %2 : %3 clients, %4 % de %1</translation>
    </message>
</context>
<context>
    <name>swb::ImportColumnsModel</name>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="32"/>
        <source>Read as date (YYYYMMDD)</source>
        <translation>Lire comme date (AAAAMMJJ)</translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="130"/>
        <source>Uncheck to leave this column out of the import.</source>
        <translation>Décochez pour exclure cette colonne de l&apos;importation.</translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="134"/>
        <source>(column %1)</source>
        <translation>(colonne %1)</translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="146"/>
        <source>The column&apos;s name in the workspace; it is turned into a plain identifier when imported.</source>
        <translation>Le nom de la colonne dans l&apos;espace de travail ; il est converti en identifiant simple lors de l&apos;importation.</translation>
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
        <translation>Chaque valeur est une date écrite sous la forme AAAAMMJJ (19970101) : choisissez &quot;%1&quot; pour les importer comme dates.</translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="201"/>
        <source>Personal data is masked, hashed or left out on export when you ask for it.</source>
        <translation>Les données personnelles sont masquées, hachées ou exclues à l&apos;exportation si vous le demandez.</translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="301"/>
        <source>Import</source>
        <extracomment>Column header: whether a column of the file is imported</extracomment>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="303"/>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="305"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="307"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="309"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="312"/>
        <source>Personal</source>
        <extracomment>Column header: personal data (PII) flag</extracomment>
        <translation>Personnel</translation>
    </message>
    <message>
        <location filename="../ui/import/importcolumnsmodel.cpp" line="314"/>
        <source>Sample values</source>
        <translation>Exemples de valeurs</translation>
    </message>
</context>
<context>
    <name>swb::ImportFilePage</name>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="29"/>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="30"/>
        <source>A CSV, TSV or TXT export from a shop, CRM or spreadsheet. Encoding, delimiter and column types are detected on the next page, where you can correct them.</source>
        <translation>Un export CSV, TSV ou TXT d&apos;une boutique, d&apos;un CRM ou d&apos;un tableur. L&apos;encodage, le délimiteur et les types de colonnes sont détectés à la page suivante, où vous pouvez les corriger.</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="38"/>
        <source>Path of a .csv, .tsv or .txt file</source>
        <translation>Chemin d&apos;un fichier .csv, .tsv ou .txt</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="40"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="45"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="54"/>
        <source>&amp;Customers: one row per customer (ID, name, email, country, …)</source>
        <translation>&amp;Clients : une ligne par client (ID, nom, e-mail, pays, …)</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="56"/>
        <source>&amp;Orders: one row per order (order ID, customer ID, date, amount); each customer&apos;s totals are added to the customer table</source>
        <translation>Co&amp;mmandes : une ligne par commande (n° de commande, ID client, date, montant) ; les totaux de chaque client sont ajoutés à la table des clients</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="65"/>
        <source>The file holds:</source>
        <translation>Le fichier contient :</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="125"/>
        <source>Import File</source>
        <translation>Importer un fichier</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="126"/>
        <source>Delimited text (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Texte délimité (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="137"/>
        <source>Tip: you can also drop a file onto the main window.</source>
        <translation>Astuce : vous pouvez aussi déposer un fichier sur la fenêtre principale.</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="142"/>
        <source>There is no file at this path. Check the name or choose the file with Browse.</source>
        <translation>Aucun fichier à cet emplacement. Vérifiez le nom ou choisissez le fichier avec Parcourir.</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="144"/>
        <source>This is a folder. Choose a file inside it.</source>
        <translation>Ceci est un dossier. Choisissez un fichier qu&apos;il contient.</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="146"/>
        <source>This file cannot be read. Check its permissions.</source>
        <translation>Ce fichier ne peut pas être lu. Vérifiez ses autorisations.</translation>
    </message>
    <message>
        <location filename="../ui/import/importfilepage.cpp" line="148"/>
        <source>%1, last changed %2</source>
        <translation>%1, modifié le %2</translation>
    </message>
</context>
<context>
    <name>swb::ImportIssueQuery</name>
    <message>
        <location filename="../model/browse/importissuequery.cpp" line="28"/>
        <location filename="../model/browse/importissuequery.cpp" line="39"/>
        <location filename="../model/browse/importissuequery.cpp" line="97"/>
        <source>Cannot read the import issues: %1</source>
        <translation>Impossible de lire les problèmes d&apos;importation : %1</translation>
    </message>
    <message>
        <location filename="../model/browse/importissuequery.cpp" line="77"/>
        <source>Cancelled: no file was written.</source>
        <translation>Annulé : aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>swb::ImportIssuesDialog</name>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="24"/>
        <source>Import Issues</source>
        <translation>Problèmes d&apos;importation</translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="26"/>
        <source>Reading the issues…</source>
        <translation>Lecture des problèmes…</translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="37"/>
        <source>&amp;Save as CSV…</source>
        <translation>&amp;Enregistrer en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="44"/>
        <source>Reading the import issues</source>
        <translation>Lecture des problèmes d&apos;importation</translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="49"/>
        <source>Reading the issues was cancelled.</source>
        <translation>La lecture des problèmes a été annulée.</translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="56"/>
        <source>The issues cannot be read: %1</source>
        <translation>Impossible de lire les problèmes : %1</translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="62"/>
        <source>The first %1 of %2 issues. Save them as CSV to see all.</source>
        <translation>Les %1 premiers des %2 problèmes. Enregistrez-les en CSV pour tous les voir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importissuesdialog.cpp" line="64"/>
        <source>%Ln issue(s), in the order of their lines in the file.</source>
        <translation>
            <numerusform>%Ln problème, dans l&apos;ordre de sa ligne dans le fichier.</numerusform>
            <numerusform>%Ln problèmes, dans l&apos;ordre de leurs lignes dans le fichier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="72"/>
        <source>import</source>
        <translation>importation</translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="73"/>
        <source>%1-issues.csv</source>
        <translation>%1-problemes.csv</translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="75"/>
        <location filename="../ui/import/importissuesdialog.cpp" line="92"/>
        <location filename="../ui/import/importissuesdialog.cpp" line="97"/>
        <source>Save Import Issues</source>
        <translation>Enregistrer les problèmes d&apos;importation</translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="75"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="84"/>
        <source>Saving the import issues</source>
        <translation>Enregistrement des problèmes d&apos;importation</translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesdialog.cpp" line="93"/>
        <source>The issues could not be saved to %1: %2
Choose another folder or file name.</source>
        <translation>Les problèmes n&apos;ont pas pu être enregistrés dans %1 : %2
Choisissez un autre dossier ou nom de fichier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importissuesdialog.cpp" line="98"/>
        <source>%Ln issue(s) saved to %1.</source>
        <translation>
            <numerusform>%Ln problème enregistré dans %1.</numerusform>
            <numerusform>%Ln problèmes enregistrés dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::ImportIssuesModel</name>
    <message>
        <location filename="../ui/import/importissuesmodel.cpp" line="41"/>
        <source>(whole row)</source>
        <translation>(ligne entière)</translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesmodel.cpp" line="57"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesmodel.cpp" line="59"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesmodel.cpp" line="61"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/import/importissuesmodel.cpp" line="63"/>
        <source>Value in the file</source>
        <translation>Valeur dans le fichier</translation>
    </message>
</context>
<context>
    <name>swb::ImportPipeline</name>
    <message>
        <location filename="../model/import/importpipeline.cpp" line="214"/>
        <source>A quoted field that starts in this record is not closed before the end of the file; the record was not imported.</source>
        <translation>Un champ entre guillemets qui commence dans cet enregistrement n&apos;est pas fermé avant la fin du fichier ; l&apos;enregistrement n&apos;a pas été importé.</translation>
    </message>
    <message>
        <location filename="../model/import/importpipeline.cpp" line="217"/>
        <source>A quoted field that starts on line %1 runs to line %2 and holds %3 line(s) that look like whole records: a quote is probably not closed where it should be. Lines %1 to %2 were not imported; check the quotes on line %1.</source>
        <translation>Un champ entre guillemets qui commence à la ligne %1 s&apos;étend jusqu&apos;à la ligne %2 et contient %3 ligne(s) ressemblant à des enregistrements entiers : un guillemet n&apos;est probablement pas fermé là où il devrait l&apos;être. Les lignes %1 à %2 n&apos;ont pas été importées ; vérifiez les guillemets de la ligne %1.</translation>
    </message>
    <message>
        <location filename="../model/import/importpipeline.cpp" line="222"/>
        <source>The record has %1 fields but the header has %2; the record was not imported.</source>
        <translation>L&apos;enregistrement a %1 champs mais l&apos;en-tête en a %2 ; l&apos;enregistrement n&apos;a pas été importé.</translation>
    </message>
    <message>
        <location filename="../model/import/importpipeline.cpp" line="230"/>
        <source>The value started with a byte order mark (U+FEFF), which was removed.</source>
        <translation>La valeur commençait par une marque d&apos;ordre d&apos;octets (U+FEFF), qui a été supprimée.</translation>
    </message>
    <message>
        <location filename="../model/import/importpipeline.cpp" line="236"/>
        <source>Text follows the closing quote of this value; the value was kept as read. Check the quotes on this line.</source>
        <translation>Du texte suit le guillemet fermant de cette valeur ; la valeur a été conservée telle que lue. Vérifiez les guillemets de cette ligne.</translation>
    </message>
    <message>
        <location filename="../model/import/importpipeline.cpp" line="243"/>
        <source>The quoted value starting on line %1 runs over %2 lines, to line %3; check that its closing quote is where it should be.</source>
        <translation>La valeur entre guillemets commençant à la ligne %1 s&apos;étend sur %2 lignes, jusqu&apos;à la ligne %3 ; vérifiez que son guillemet fermant est bien à sa place.</translation>
    </message>
    <message>
        <location filename="../model/import/importpipeline.cpp" line="271"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../model/import/importpipeline.cpp" line="355"/>
        <source>The value holds bytes that are not valid UTF-8; each was replaced by U+FFFD.</source>
        <translation>La valeur contient des octets qui ne sont pas de l&apos;UTF-8 valide ; chacun a été remplacé par U+FFFD.</translation>
    </message>
    <message>
        <location filename="../model/import/importpipeline.cpp" line="397"/>
        <source>&quot;%1&quot; is not a valid %2 value for this column; NULL was stored.</source>
        <translation>&quot;%1&quot; n&apos;est pas une valeur %2 valide pour cette colonne ; NULL a été enregistré.</translation>
    </message>
</context>
<context>
    <name>swb::ImportPreviewPage</name>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="28"/>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="30"/>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="32"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="34"/>
        <source>pipe</source>
        <translation>barre verticale</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="73"/>
        <source>Check what was detected</source>
        <translation>Vérifier la détection</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="74"/>
        <source>Correct the delimiter, encoding or header row if the columns look wrong, and each column&apos;s name, type, role and personal-data flag. Changed values are shown in bold.</source>
        <translation>Corrigez le délimiteur, l&apos;encodage ou la ligne d&apos;en-tête si les colonnes semblent incorrectes, ainsi que le nom, le type, le rôle et l&apos;indicateur de données personnelles de chaque colonne. Les valeurs modifiées sont en gras.</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="82"/>
        <location filename="../ui/import/importpreviewpage.cpp" line="89"/>
        <location filename="../ui/import/importpreviewpage.cpp" line="97"/>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="83"/>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="84"/>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="85"/>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="86"/>
        <source>Pipe ( | )</source>
        <translation>Barre verticale ( | )</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="90"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="91"/>
        <source>UTF-16 (little endian)</source>
        <translation>UTF-16 (petit-boutiste)</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="92"/>
        <source>UTF-16 (big endian)</source>
        <translation>UTF-16 (gros-boutiste)</translation>
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
        <translation>La première ligne est l&apos;en-tête</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="99"/>
        <source>No header row</source>
        <translation>Pas de ligne d&apos;en-tête</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="107"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Délimiteur :</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="108"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="109"/>
        <source>&amp;Header:</source>
        <translation>En-&amp;tête :</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="197"/>
        <source>Reading the file was stopped.</source>
        <translation>La lecture du fichier a été arrêtée.</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="236"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="241"/>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="253"/>
        <source>This file cannot be read: %1</source>
        <translation>Ce fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="257"/>
        <source>the first row is the header</source>
        <translation>la première ligne est l&apos;en-tête</translation>
    </message>
    <message>
        <location filename="../ui/import/importpreviewpage.cpp" line="257"/>
        <source>no header row</source>
        <translation>pas de ligne d&apos;en-tête</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importpreviewpage.cpp" line="258"/>
        <source>Detected: %1 encoding, %2 delimiter, %3. %Ln column(s); the first rows are shown below.</source>
        <translation>
            <numerusform>Détecté : encodage %1, délimiteur %2, %3. %Ln colonne ; les premières lignes sont affichées ci-dessous.</numerusform>
            <numerusform>Détecté : encodage %1, délimiteur %2, %3. %Ln colonnes ; les premières lignes sont affichées ci-dessous.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::ImportRowsModel</name>
    <message>
        <location filename="../ui/import/importrowsmodel.cpp" line="66"/>
        <source>(skipped)</source>
        <translation>(ignorée)</translation>
    </message>
</context>
<context>
    <name>swb::ImportRunPage</name>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="21"/>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="22"/>
        <source>The file is read and checked value by value. You can keep working in the main window.</source>
        <translation>Le fichier est lu et vérifié valeur par valeur. Vous pouvez continuer à travailler dans la fenêtre principale.</translation>
    </message>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="33"/>
        <source>Cancel Import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="51"/>
        <source>The whole file is read; writing the workspace…</source>
        <translation>Le fichier entier est lu ; écriture de l&apos;espace de travail…</translation>
    </message>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="53"/>
        <source>Read %1 of %2…</source>
        <translation>%1 sur %2 lus…</translation>
    </message>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="82"/>
        <source>Cancelling: undoing what was imported so far…</source>
        <translation>Annulation : retour sur ce qui a déjà été importé…</translation>
    </message>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="97"/>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="104"/>
        <source>Importing %1</source>
        <translation>Importation de %1</translation>
    </message>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="113"/>
        <source>The import was cancelled.</source>
        <translation>L&apos;importation a été annulée.</translation>
    </message>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="125"/>
        <source>Finished.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="131"/>
        <source>The import was cancelled. The workspace is unchanged. Go back to change the settings, or close the wizard.</source>
        <translation>L&apos;importation a été annulée. L&apos;espace de travail n&apos;a pas changé. Revenez en arrière pour modifier les paramètres, ou fermez l&apos;assistant.</translation>
    </message>
    <message>
        <location filename="../ui/import/importrunpage.cpp" line="135"/>
        <source>The import failed and the workspace is unchanged.

%1

Go back to change the settings (delimiter, encoding, column types), then try again.</source>
        <translation>L&apos;importation a échoué et l&apos;espace de travail n&apos;a pas changé.

%1

Revenez en arrière pour modifier les paramètres (délimiteur, encodage, types de colonnes), puis réessayez.</translation>
    </message>
</context>
<context>
    <name>swb::ImportSummaryPage</name>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="24"/>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="25"/>
        <source>The workspace holds the imported data now. Every value that was changed or rejected is listed below with its line in the file.</source>
        <translation>L&apos;espace de travail contient maintenant les données importées. Chaque valeur modifiée ou rejetée est listée ci-dessous avec sa ligne dans le fichier.</translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="48"/>
        <source>Show &amp;All Issues…</source>
        <translation>&amp;Afficher tous les problèmes…</translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="49"/>
        <source>&amp;Save Issues as CSV…</source>
        <translation>&amp;Enregistrer les problèmes en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="56"/>
        <source>Issues</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="60"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="60"/>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="60"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="60"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="60"/>
        <source>Empty cells</source>
        <translation>Cellules vides</translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="66"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importsummarypage.cpp" line="84"/>
        <source>Imported %Ln order(s) from %1 in %2 s.</source>
        <translation>
            <numerusform>%Ln commande importée depuis %1 en %2 s.</numerusform>
            <numerusform>%Ln commandes importées depuis %1 en %2 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importsummarypage.cpp" line="87"/>
        <source>%Ln customer(s) appeared only in the orders file and were added.</source>
        <translation>
            <numerusform>%Ln client n&apos;apparaissait que dans le fichier de commandes et a été ajouté.</numerusform>
            <numerusform>%Ln clients n&apos;apparaissaient que dans le fichier de commandes et ont été ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importsummarypage.cpp" line="91"/>
        <source>%Ln order(s) have no customer key; they are kept but count for no customer.</source>
        <translation>
            <numerusform>%Ln commande n&apos;a pas de clé client ; elle est conservée mais ne compte pour aucun client.</numerusform>
            <numerusform>%Ln commandes n&apos;ont pas de clé client ; elles sont conservées mais ne comptent pour aucun client.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importsummarypage.cpp" line="94"/>
        <source>Imported %Ln customer(s) from %1 in %2 s.</source>
        <translation>
            <numerusform>%Ln client importé depuis %1 en %2 s.</numerusform>
            <numerusform>%Ln clients importés depuis %1 en %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="97"/>
        <source>%1 new, %2 updated.</source>
        <translation>%1 nouveaux, %2 mis à jour.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importsummarypage.cpp" line="101"/>
        <source>%Ln customer(s) that exist only in the orders were kept, so that every order keeps its customer.</source>
        <translation>
            <numerusform>%Ln client qui n&apos;existe que dans les commandes a été conservé, afin que chaque commande garde son client.</numerusform>
            <numerusform>%Ln clients qui n&apos;existent que dans les commandes ont été conservés, afin que chaque commande garde son client.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importsummarypage.cpp" line="106"/>
        <source>The file has %Ln data row(s); the rows not imported are listed as issues.</source>
        <translation>
            <numerusform>Le fichier contient %Ln ligne de données ; les lignes non importées sont listées comme problèmes.</numerusform>
            <numerusform>Le fichier contient %Ln lignes de données ; les lignes non importées sont listées comme problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/importsummarypage.cpp" line="113"/>
        <source>No issues: every value was imported as it was in the file.</source>
        <translation>Aucun problème : chaque valeur a été importée telle qu&apos;elle figurait dans le fichier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importsummarypage.cpp" line="115"/>
        <source>%Ln value(s) or row(s) were changed or rejected. The first %1 are listed here; nothing is lost silently: all are kept in the workspace.</source>
        <translation>
            <numerusform>%Ln valeur ou ligne a été modifiée ou rejetée. Les %1 premières sont listées ici ; rien n&apos;est perdu en silence : tout est conservé dans l&apos;espace de travail.</numerusform>
            <numerusform>%Ln valeurs ou lignes ont été modifiées ou rejetées. Les %1 premières sont listées ici ; rien n&apos;est perdu en silence : tout est conservé dans l&apos;espace de travail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importsummarypage.cpp" line="120"/>
        <source>%Ln value(s) or row(s) were changed or rejected; each is listed with its line in the file and the reason.</source>
        <translation>
            <numerusform>%Ln valeur ou ligne a été modifiée ou rejetée ; elle est listée avec sa ligne dans le fichier et le motif.</numerusform>
            <numerusform>%Ln valeurs ou lignes ont été modifiées ou rejetées ; chacune est listée avec sa ligne dans le fichier et le motif.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::ImportTargetPage</name>
    <message>
        <location filename="../ui/import/importtargetpage.cpp" line="33"/>
        <source>Choose how to import</source>
        <translation>Choisir le mode d&apos;importation</translation>
    </message>
    <message>
        <location filename="../ui/import/importtargetpage.cpp" line="34"/>
        <source>Nothing changes until the import has finished: cancelling or an error leaves the workspace as it was.</source>
        <translation>Rien ne change avant la fin de l&apos;importation : une annulation ou une erreur laisse l&apos;espace de travail tel quel.</translation>
    </message>
    <message>
        <location filename="../ui/import/importtargetpage.cpp" line="36"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../ui/import/importtargetpage.cpp" line="39"/>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location filename="../ui/import/importtargetpage.cpp" line="41"/>
        <source>&amp;Append</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <location filename="../ui/import/importtargetpage.cpp" line="43"/>
        <source>&amp;Update and add (upsert)</source>
        <translation>Mettre à jo&amp;ur et ajouter (upsert)</translation>
    </message>
    <message>
        <location filename="../ui/import/importtargetpage.cpp" line="51"/>
        <source>The file&apos;s rows replace the rows of this kind in the workspace. Segments and their static members are kept.</source>
        <translation>Les lignes du fichier remplacent les lignes de ce type dans l&apos;espace de travail. Les segments et leurs membres statiques sont conservés.</translation>
    </message>
    <message>
        <location filename="../ui/import/importtargetpage.cpp" line="55"/>
        <source>The file&apos;s rows are added to the rows already there. New columns are added to the table.</source>
        <translation>Les lignes du fichier sont ajoutées à celles déjà présentes. Les nouvelles colonnes sont ajoutées à la table.</translation>
    </message>
    <message>
        <location filename="../ui/import/importtargetpage.cpp" line="59"/>
        <source>Rows whose customer key is already in the workspace are updated (an empty cell keeps the stored value); the others are added. Needs a column with the role &quot;Customer key&quot;.</source>
        <translation>Les lignes dont la clé client est déjà dans l&apos;espace de travail sont mises à jour (une cellule vide conserve la valeur enregistrée) ; les autres sont ajoutées. Requiert une colonne avec le rôle « Clé client ».</translation>
    </message>
    <message>
        <location filename="../ui/import/importtargetpage.cpp" line="64"/>
        <source>&amp;Stop at the first problem instead of recording it and going on</source>
        <translation>Arrêter au premier &amp;problème au lieu de le consigner et de continuer</translation>
    </message>
    <message>
        <location filename="../ui/import/importtargetpage.cpp" line="145"/>
        <source>No column has the role &quot;Customer key&quot;. Set it on the previous page to update customers by their key.</source>
        <translation>Aucune colonne n&apos;a le rôle « Clé client ». Définissez-le à la page précédente pour mettre à jour les clients par leur clé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importtargetpage.cpp" line="151"/>
        <source>%Ln column(s) of %1 will be imported as orders.</source>
        <translation>
            <numerusform>%Ln colonne de %1 sera importée comme commandes.</numerusform>
            <numerusform>%Ln colonnes de %1 seront importées comme commandes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/importtargetpage.cpp" line="152"/>
        <source>%Ln column(s) of %1 will be imported as customers.</source>
        <translation>
            <numerusform>%Ln colonne de %1 sera importée comme clients.</numerusform>
            <numerusform>%Ln colonnes de %1 seront importées comme clients.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/importtargetpage.cpp" line="154"/>
        <source>The workspace has no customers yet, so every mode imports the file as it is.</source>
        <translation>L&apos;espace de travail ne contient encore aucun client : chaque mode importe donc le fichier tel quel.</translation>
    </message>
</context>
<context>
    <name>swb::ImportWizard</name>
    <message>
        <location filename="../ui/import/importwizard.cpp" line="19"/>
        <source>Import Data</source>
        <translation>Importer des données</translation>
    </message>
</context>
<context>
    <name>swb::Importer</name>
    <message>
        <location filename="../model/import/importer.cpp" line="102"/>
        <source>Rows that go elsewhere than the workspace replace the table (mode replace).</source>
        <translation>Les lignes qui vont ailleurs que dans l&apos;espace de travail remplacent la table (mode replace).</translation>
    </message>
    <message>
        <location filename="../model/import/importer.cpp" line="111"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail %1 : %2</translation>
    </message>
    <message>
        <location filename="../model/import/importer.cpp" line="134"/>
        <location filename="../model/import/importpass.cpp" line="52"/>
        <source>The import was cancelled; the workspace is unchanged.</source>
        <translation>L&apos;importation a été annulée ; l&apos;espace de travail n&apos;a pas changé.</translation>
    </message>
    <message>
        <location filename="../model/import/importer.cpp" line="153"/>
        <source>The column types of %1 kept changing between passes; the import was stopped. Set the types of the columns explicitly.</source>
        <translation>Les types de colonnes de %1 n&apos;ont cessé de changer entre les passes ; l&apos;importation a été arrêtée. Définissez explicitement les types des colonnes.</translation>
    </message>
    <message>
        <location filename="../model/import/importer.cpp" line="165"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="67"/>
        <source>Upsert matches customers by their key; it is not available for orders. Import the orders with the mode append or replace.</source>
        <translation>L&apos;upsert fait correspondre les clients par leur clé ; il n&apos;est pas disponible pour les commandes. Importez les commandes avec le mode « Ajouter » ou « Remplacer ».</translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="72"/>
        <location filename="../model/import/importpass.cpp" line="75"/>
        <source>The workspace is busy or cannot be written: %1</source>
        <translation>L&apos;espace de travail est occupé ou ne peut pas être écrit : %1</translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="131"/>
        <source>Cannot save the import: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;importation : %1</translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="140"/>
        <source>The customer key column &quot;%1&quot; of %2 is empty on all %3 order lines, so no order would belong to a customer; nothing was imported. Choose the column that holds the customer key: swb import --role COLUMN=customer_key (in the import wizard: the column&apos;s role).</source>
        <translation>La colonne de clé client &quot;%1&quot; de %2 est vide sur les %3 lignes de commande : aucune commande n&apos;appartiendrait à un client ; rien n&apos;a été importé. Choisissez la colonne qui contient la clé client : swb import --role COLONNE=customer_key (dans l&apos;assistant d&apos;importation : le rôle de la colonne).</translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="150"/>
        <source>(none: no integer or text column)</source>
        <translation>(aucune : pas de colonne entière ou texte)</translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="151"/>
        <source>No column of %1 could be identified as the customer key, so none of its %2 order lines would belong to a customer; nothing was imported. Columns considered: %3. Name the customer key column with swb import --role COLUMN=customer_key (in the import wizard: the column&apos;s role).</source>
        <translation>Aucune colonne de %1 n&apos;a pu être identifiée comme clé client : aucune de ses %2 lignes de commande n&apos;appartiendrait à un client ; rien n&apos;a été importé. Colonnes examinées : %3. Indiquez la colonne de clé client avec swb import --role COLONNE=customer_key (dans l&apos;assistant d&apos;importation : le rôle de la colonne).</translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="166"/>
        <source>Cannot write the import log: %1</source>
        <translation>Impossible d&apos;écrire le journal d&apos;importation : %1</translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="191"/>
        <source>Upsert matches rows on the customer key &quot;%1&quot;, but the file has no such column. Add it to the file, or import with the mode replace.</source>
        <translation>L&apos;upsert fait correspondre les lignes sur la clé client &quot;%1&quot;, mais le fichier n&apos;a pas cette colonne. Ajoutez-la au fichier, ou importez avec le mode « Remplacer ».</translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="194"/>
        <source>Upsert needs a customer key: the workspace has no column with the customer key role. Set one with swb fields --set-role COLUMN=customer_key or import with the mode append.</source>
        <translation>L&apos;upsert requiert une clé client : l&apos;espace de travail n&apos;a aucune colonne avec le rôle clé client. Définissez-en une avec swb fields --set-role COLONNE=customer_key ou importez avec le mode « Ajouter ».</translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="201"/>
        <source>The customers in the workspace have the customer key column &quot;%1&quot;, but the file has no such column, so the appended customers would have no key. Add the column &quot;%1&quot; to the file, or import with the mode replace.</source>
        <translation>Les clients de l&apos;espace de travail ont la colonne de clé client &quot;%1&quot;, mais le fichier n&apos;a pas cette colonne : les clients ajoutés n&apos;auraient donc pas de clé. Ajoutez la colonne &quot;%1&quot; au fichier, ou importez avec le mode « Remplacer ».</translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="212"/>
        <source>The customer key column &quot;%1&quot; of the workspace holds duplicates: %2</source>
        <translation>La colonne de clé client &quot;%1&quot; de l&apos;espace de travail contient des doublons : %2</translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="319"/>
        <source>The customer key is empty; a customer added to the ones in the workspace needs one, so this record was not imported.</source>
        <translation>La clé client est vide ; un client ajouté à ceux de l&apos;espace de travail en requiert une, cet enregistrement n&apos;a donc pas été importé.</translation>
    </message>
    <message>
        <location filename="../model/import/importpass.cpp" line="351"/>
        <source>The customer key &quot;%1&quot; is already in the workspace or earlier in the file; this record was not imported.</source>
        <translation>La clé client &quot;%1&quot; est déjà dans l&apos;espace de travail ou plus haut dans le fichier ; cet enregistrement n&apos;a pas été importé.</translation>
    </message>
    <message>
        <location filename="../model/import/importrun.cpp" line="214"/>
        <source>With the new columns of %1 the table %2 would have %3 columns; a workspace holds at most %4. Skip the columns you do not need, or import the file with the mode replace.</source>
        <translation>Avec les nouvelles colonnes de %1, la table %2 aurait %3 colonnes ; un espace de travail en contient au plus %4. Ignorez les colonnes inutiles, ou importez le fichier avec le mode « Remplacer ».</translation>
    </message>
    <message>
        <location filename="../model/import/importrun.cpp" line="220"/>
        <source>No column is left to import: every column is skipped.</source>
        <translation>Il ne reste aucune colonne à importer : toutes les colonnes sont ignorées.</translation>
    </message>
    <message>
        <location filename="../model/import/importrun.cpp" line="271"/>
        <source>Line %1: %2 Nothing was imported (strict mode stops at the first problem).</source>
        <translation>Ligne %1 : %2 Rien n&apos;a été importé (le mode strict s&apos;arrête au premier problème).</translation>
    </message>
    <message>
        <location filename="../model/import/importrun.cpp" line="273"/>
        <source>Line %1, column &quot;%2&quot;: %3 Nothing was imported (strict mode stops at the first problem).</source>
        <translation>Ligne %1, colonne &quot;%2&quot; : %3 Rien n&apos;a été importé (le mode strict s&apos;arrête au premier problème).</translation>
    </message>
    <message>
        <location filename="../model/import/importrun.cpp" line="331"/>
        <location filename="../model/import/importstream.cpp" line="161"/>
        <source>The customer key &quot;%1&quot; appears again (first on line %2); this record was not imported.</source>
        <translation>La clé client &quot;%1&quot; apparaît à nouveau (d&apos;abord à la ligne %2) ; cet enregistrement n&apos;a pas été importé.</translation>
    </message>
</context>
<context>
    <name>swb::JQueryQueryBuilder</name>
    <message>
        <location filename="../model/filter/jqueryquerybuilder.cpp" line="56"/>
        <source>A jQuery QueryBuilder rule needs a &quot;field&quot; (or &quot;id&quot;).</source>
        <translation>Une règle jQuery QueryBuilder requiert un &quot;field&quot; (ou &quot;id&quot;).</translation>
    </message>
    <message>
        <location filename="../model/filter/jqueryquerybuilder.cpp" line="64"/>
        <source>Unknown jQuery QueryBuilder operator &quot;%1&quot;.</source>
        <translation>Opérateur jQuery QueryBuilder &quot;%1&quot; inconnu.</translation>
    </message>
    <message>
        <location filename="../model/filter/jqueryquerybuilder.cpp" line="79"/>
        <source>Groups are nested more than %1 levels deep. Flatten the definition.</source>
        <translation>Les groupes sont imbriqués sur plus de %1 niveaux. Simplifiez la définition.</translation>
    </message>
    <message>
        <location filename="../model/filter/jqueryquerybuilder.cpp" line="84"/>
        <source>&quot;condition&quot; must be &quot;AND&quot; or &quot;OR&quot;.</source>
        <translation>&quot;condition&quot; doit valoir &quot;AND&quot; ou &quot;OR&quot;.</translation>
    </message>
    <message>
        <location filename="../model/filter/jqueryquerybuilder.cpp" line="91"/>
        <source>A group needs &quot;rules&quot;: a list of rules and groups.</source>
        <translation>Un groupe requiert &quot;rules&quot; : une liste de règles et de groupes.</translation>
    </message>
    <message>
        <location filename="../model/filter/jqueryquerybuilder.cpp" line="97"/>
        <source>A rule must be an object with &quot;field&quot;, &quot;operator&quot; and &quot;value&quot;.</source>
        <translation>Une règle doit être un objet avec &quot;field&quot;, &quot;operator&quot; et &quot;value&quot;.</translation>
    </message>
</context>
<context>
    <name>swb::JobIndicator</name>
    <message>
        <location filename="../ui/shell/jobindicator.cpp" line="30"/>
        <source>Cancel this job</source>
        <translation>Annuler cette tâche</translation>
    </message>
    <message>
        <location filename="../ui/shell/jobindicator.cpp" line="69"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/jobindicator.cpp" line="70"/>
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (et %n autre)</numerusform>
            <numerusform>%1 (et %n autres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::KpiCalculator</name>
    <message>
        <location filename="../model/analytics/kpicalculator.cpp" line="123"/>
        <source>The KPI computation was cancelled.</source>
        <translation>Le calcul des indicateurs a été annulé.</translation>
    </message>
    <message>
        <location filename="../model/analytics/kpicalculator.cpp" line="182"/>
        <source>%1 (no numeric field has the role &quot;%2&quot;)</source>
        <translation>%1 (aucun champ numérique n&apos;a le rôle &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../model/analytics/kpicalculator.cpp" line="194"/>
        <source>predicted_clv (run swb clv --save or Fit Models on the Customer value page and save a segment there)</source>
        <translation>predicted_clv (exécutez swb clv --save ou Ajuster les modèles sur la page Valeur client, puis enregistrez-y un segment)</translation>
    </message>
    <message>
        <location filename="../model/analytics/kpicalculator.cpp" line="255"/>
        <location filename="../model/analytics/kpicalculator.cpp" line="304"/>
        <source>The workspace has no customers yet: import a customer file first.</source>
        <translation>L&apos;espace de travail ne contient encore aucun client : importez d&apos;abord un fichier de clients.</translation>
    </message>
</context>
<context>
    <name>swb::KpiService</name>
    <message>
        <location filename="../model/analytics/kpiservice.cpp" line="22"/>
        <source>Computing KPIs</source>
        <translation>Calcul des KPI</translation>
    </message>
</context>
<context>
    <name>swb::KpiTableModel</name>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="175"/>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="178"/>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="211"/>
        <source>Every customer in the workspace</source>
        <translation>Tous les clients de l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="217"/>
        <source>Not available: no customer in this set has a value.</source>
        <translation>Non disponible : aucun client de cet ensemble n&apos;a de valeur.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="219"/>
        <source>Not available: %1.</source>
        <translation>Non disponible : %1.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="220"/>
        <source>Not available: %1. Give a field this role in Fields.</source>
        <translation>Non disponible : %1. Attribuez ce rôle à un champ dans Champs.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="231"/>
        <source>Lift: %1 (base = 100)</source>
        <translation>Lift : %1 (base = 100)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="233"/>
        <source>Customers without a value, left out: %1</source>
        <translation>Clients sans valeur, non pris en compte : %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="285"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="286"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="287"/>
        <source>Share of base</source>
        <translation>Part de la base</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="288"/>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="289"/>
        <source>Share of revenue</source>
        <translation>Part du CA</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="290"/>
        <source>Revenue per customer</source>
        <translation>CA par client</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="291"/>
        <source>Avg. order value</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="292"/>
        <source>Orders per customer</source>
        <translation>Commandes par client</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="293"/>
        <source>Median recency (days)</source>
        <translation>Récence médiane (jours)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="294"/>
        <source>Churn rate</source>
        <translation>Taux d&apos;attrition</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="295"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="296"/>
        <source>CLV (historical)</source>
        <translation>CLV (historique)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="297"/>
        <source>Predicted CLV</source>
        <translation>CLV prévue</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/kpitablemodel.cpp" line="309"/>
        <source>Shaded by lift against all customers: blue and ▲ above, orange and ▼ below (100 = the same).</source>
        <translation>Coloré selon le lift par rapport à tous les clients : bleu et ▲ au-dessus, orange et ▼ en dessous (100 = identique).</translation>
    </message>
</context>
<context>
    <name>swb::ListValueEditor</name>
    <message>
        <location filename="../ui/filter/editors/listvalueeditor.cpp" line="44"/>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <location filename="../ui/filter/editors/listvalueeditor.cpp" line="64"/>
        <source>Add segment…</source>
        <translation>Ajouter un segment…</translation>
    </message>
    <message>
        <location filename="../ui/filter/editors/listvalueeditor.cpp" line="64"/>
        <source>Add values…</source>
        <translation>Ajouter des valeurs…</translation>
    </message>
    <message>
        <location filename="../ui/filter/editors/listvalueeditor.cpp" line="65"/>
        <source>Type a value and press Enter, or paste several separated by commas or new lines.</source>
        <translation>Saisissez une valeur et appuyez sur Entrée, ou collez-en plusieurs séparées par des virgules ou des retours à la ligne.</translation>
    </message>
    <message>
        <location filename="../ui/filter/editors/listvalueeditor.cpp" line="76"/>
        <source>Choose from the saved segments</source>
        <translation>Choisir parmi les segments enregistrés</translation>
    </message>
    <message>
        <location filename="../ui/filter/editors/listvalueeditor.cpp" line="77"/>
        <source>Choose from the values in the data</source>
        <translation>Choisir parmi les valeurs des données</translation>
    </message>
    <message>
        <location filename="../ui/filter/editors/listvalueeditor.cpp" line="80"/>
        <source>No saved segments match.</source>
        <translation>Aucun segment enregistré ne correspond.</translation>
    </message>
    <message>
        <location filename="../ui/filter/editors/listvalueeditor.cpp" line="80"/>
        <source>No values match.</source>
        <translation>Aucune valeur ne correspond.</translation>
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
            <numerusform>%Ln ligne contient cette valeur</numerusform>
            <numerusform>%Ln lignes contiennent cette valeur</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::LiveCount</name>
    <message>
        <location filename="../ui/filter/livecount.cpp" line="76"/>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
</context>
<context>
    <name>swb::MainActions</name>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="41"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="42"/>
        <source>Create an empty workspace file</source>
        <translation>Créer un fichier d&apos;espace de travail vide</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="43"/>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="44"/>
        <source>Open a workspace file (.sqlite)</source>
        <translation>Ouvrir un fichier d&apos;espace de travail (.sqlite)</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="45"/>
        <source>Connect to &amp;Server…</source>
        <translation>Se connecter à un &amp;serveur…</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="45"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="46"/>
        <source>Open a workspace on a PostgreSQL server</source>
        <translation>Ouvrir un espace de travail sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="47"/>
        <source>Open &amp;Recent</source>
        <translation>Espaces de travail &amp;récents</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="49"/>
        <source>&amp;Close Workspace</source>
        <translation>&amp;Fermer l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="49"/>
        <source>Close the workspace</source>
        <translation>Fermer l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="50"/>
        <source>Create &amp;Demo Workspace</source>
        <translation>Créer un espace de travail de &amp;démo</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="51"/>
        <source>Create a workspace with realistic sample customers and orders</source>
        <translation>Créer un espace de travail avec des clients et des commandes d&apos;exemple réalistes</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="52"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="52"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="53"/>
        <source>Import customers or orders from a CSV file</source>
        <translation>Importer des clients ou des commandes depuis un fichier CSV</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="54"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="54"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="55"/>
        <source>Export customers to CSV, TSV, XLSX or JSON</source>
        <translation>Exporter les clients en CSV, TSV, XLSX ou JSON</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="56"/>
        <source>Export &amp;Chart…</source>
        <translation>Exporter le &amp;graphique…</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="57"/>
        <source>Save the Dashboard chart or table you last clicked as PNG, SVG or PDF</source>
        <translation>Enregistrer le dernier graphique ou tableau cliqué du tableau de bord en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="58"/>
        <source>Cop&amp;y Chart</source>
        <translation>&amp;Copier le graphique</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="59"/>
        <source>Copy the Dashboard chart you last clicked (the KPI table as text)</source>
        <translation>Copier le dernier graphique cliqué du tableau de bord (le tableau des KPI sous forme de texte)</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="62"/>
        <source>Export &amp;Review Report…</source>
        <translation>Exporter le rapport de re&amp;vue…</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="63"/>
        <source>Write the KPIs, charts and a page per segment as a PDF</source>
        <translation>Écrire les KPI, les graphiques et une page par segment dans un PDF</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="65"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="68"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="71"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="72"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="73"/>
        <source>As-of date, interface language and fast opening</source>
        <translation>Date de référence, langue de l&apos;interface et ouverture rapide</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="75"/>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="76"/>
        <source>Read the workspace again</source>
        <translation>Relire l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="77"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="77"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="78"/>
        <source>Quit Segment Workbench</source>
        <translation>Quitter Segment Workbench</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="81"/>
        <source>User &amp;Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="82"/>
        <source>Open the user guide</source>
        <translation>Ouvrir le guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="84"/>
        <source>&amp;About Segment Workbench</source>
        <translation>À &amp;propos de Segment Workbench</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="86"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="93"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="109"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="115"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="122"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../ui/shell/mainactions.cpp" line="128"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
</context>
<context>
    <name>swb::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="97"/>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="103"/>
        <source>Opening the workspace was cancelled.</source>
        <translation>L&apos;ouverture de l&apos;espace de travail a été annulée.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="106"/>
        <source>Demo Workspace</source>
        <translation>Espace de travail de démo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="137"/>
        <source>Segment Builder</source>
        <translation>Éditeur de segments</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="140"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="143"/>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <source>Customer Value</source>
        <translation>Valeur client</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="178"/>
        <source>Customers of the definition in the builder</source>
        <translation>Clients de la définition dans l&apos;éditeur</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="179"/>
        <location filename="../ui/mainwindow.cpp" line="291"/>
        <source>Customers of the segment &quot;%1&quot;</source>
        <translation>Clients du segment &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="216"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="234"/>
        <source>Open Segment</source>
        <translation>Ouvrir le segment</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="260"/>
        <source>The segment builder has unsaved changes. Replace them anyway?</source>
        <translation>L&apos;éditeur de segments contient des modifications non enregistrées. Les remplacer quand même ?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="265"/>
        <source>Open in Segment Builder</source>
        <translation>Ouvrir dans l&apos;éditeur</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="283"/>
        <source>Reading the segment %1</source>
        <translation>Lecture du segment %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="312"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="376"/>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="385"/>
        <source>The segment builder has unsaved changes. Open %1 anyway?</source>
        <translation>L&apos;éditeur de segments contient des modifications non enregistrées. Ouvrir %1 quand même ?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="414"/>
        <source>Creating the demo workspace in %1…</source>
        <translation>Création de l&apos;espace de travail de démo dans %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="420"/>
        <source>The segment builder has unsaved changes. Close the workspace anyway?</source>
        <translation>L&apos;éditeur de segments contient des modifications non enregistrées. Fermer l&apos;espace de travail quand même ?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="466"/>
        <source>Cannot Open Workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="467"/>
        <source>%1

Choose another workspace with File &gt; Open, or create a new one.</source>
        <translation>%1

Choisissez un autre espace de travail avec Fichier &gt; Ouvrir, ou créez-en un nouveau.</translation>
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
        <translation>L&apos;assistant d&apos;importation</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="490"/>
        <source>Import customers or orders from a CSV file</source>
        <translation>Importer des clients ou des commandes depuis un fichier CSV</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="500"/>
        <source>Save &quot;%1&quot; as PNG, SVG or PDF</source>
        <translation>Enregistrer &quot;%1&quot; en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="501"/>
        <source>Click a chart on the Dashboard first, then export it</source>
        <translation>Cliquez d&apos;abord sur un graphique du tableau de bord, puis exportez-le</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="507"/>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="508"/>
        <source>Workspaces (%1);;All files (*)</source>
        <translation>Espaces de travail (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="518"/>
        <location filename="../ui/mainwindow.cpp" line="524"/>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="518"/>
        <source>customers.sqlite</source>
        <translation>clients.sqlite</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="519"/>
        <source>Workspaces (%1)</source>
        <translation>Espaces de travail (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="525"/>
        <source>%1 already exists; it is opened as it is. To start from scratch, choose a new file name.</source>
        <translation>%1 existe déjà ; il est ouvert tel quel. Pour repartir de zéro, choisissez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="537"/>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="538"/>
        <source>Data is imported into a workspace. Create a new workspace for it, or open one you already have.</source>
        <translation>Les données sont importées dans un espace de travail. Créez-en un nouveau ou ouvrez un espace existant.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="541"/>
        <source>&amp;Create Workspace…</source>
        <translation>&amp;Créer un espace de travail…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="542"/>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="569"/>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="572"/>
        <source>The customers shown in the table</source>
        <translation>Les clients affichés dans le tableau</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="586"/>
        <source>Review report written to %1</source>
        <translation>Rapport de revue écrit dans %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="655"/>
        <source>No customers</source>
        <translation>Aucun client</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="660"/>
        <source>%Ln customer(s) match</source>
        <translation>
            <numerusform>%Ln client correspond</numerusform>
            <numerusform>%Ln clients correspondent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="663"/>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="663"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="677"/>
        <source>Storing the as-of date</source>
        <translation>Enregistrement de la date de référence</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="686"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="709"/>
        <source>The segment builder has unsaved changes. Quit anyway?</source>
        <translation>L&apos;éditeur de segments contient des modifications non enregistrées. Quitter quand même ?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="720"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="721"/>
        <source>A background job is still running. Cancel it and quit? Cancelled imports leave the workspace as it was.</source>
        <translation>Une tâche d&apos;arrière-plan est encore en cours. L&apos;annuler et quitter ? Une importation annulée laisse l&apos;espace de travail inchangé.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="732"/>
        <source>Cancelling the running jobs…</source>
        <translation>Annulation des tâches en cours…</translation>
    </message>
</context>
<context>
    <name>swb::MatrixHeatmap</name>
    <message>
        <location filename="../ui/charts/matrixheatmap.cpp" line="326"/>
        <source>%1, %2: %3 customers</source>
        <extracomment>A heat-map cell&apos;s tooltip: row label, column label, customers.</extracomment>
        <translation>%1, %2 : %3 clients</translation>
    </message>
    <message>
        <location filename="../ui/charts/matrixheatmap.cpp" line="330"/>
        <source>%1, %2 (%3): %4 customers</source>
        <extracomment>A heat-map cell&apos;s tooltip: row label, column label, the cell&apos;s group, customers.</extracomment>
        <translation>%1, %2 (%3) : %4 clients</translation>
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
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../model/export/multisegment.cpp" line="131"/>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <location filename="../model/export/multisegment.cpp" line="132"/>
        <source>Exported at</source>
        <translation>Exporté le</translation>
    </message>
    <message>
        <location filename="../model/export/multisegment.cpp" line="133"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../model/export/multisegment.cpp" line="205"/>
        <source>Name at least one segment to export.</source>
        <translation>Indiquez au moins un segment à exporter.</translation>
    </message>
    <message>
        <location filename="../model/export/multisegment.cpp" line="208"/>
        <source>The segment &quot;%1&quot; is named twice: name each segment once.</source>
        <translation>Le segment &quot;%1&quot; est indiqué deux fois : indiquez chaque segment une seule fois.</translation>
    </message>
    <message>
        <location filename="../model/export/multisegment.cpp" line="211"/>
        <source>A destination preset or suppression list writes one list: export one segment at a time, or choose the plain preset to export several segments together.</source>
        <translation>Un modèle de destination ou une liste d&apos;exclusion écrit une seule liste : exportez un segment à la fois, ou choisissez le modèle plain pour exporter plusieurs segments ensemble.</translation>
    </message>
    <message>
        <location filename="../model/export/multisegment.cpp" line="214"/>
        <source>One sheet per segment needs the XLSX format: choose XLSX, or a segments column or one column per segment.</source>
        <translation>Une feuille par segment nécessite le format XLSX : choisissez XLSX, ou une colonne des segments, ou une colonne par segment.</translation>
    </message>
</context>
<context>
    <name>swb::NamedSelections</name>
    <message>
        <location filename="../model/browse/namedselection.cpp" line="24"/>
        <location filename="../model/browse/namedselection.cpp" line="44"/>
        <source>Cannot read the segment &quot;%1&quot;: %2</source>
        <translation>Impossible de lire le segment &quot;%1&quot; : %2</translation>
    </message>
</context>
<context>
    <name>swb::NumberSpinBox</name>
    <message>
        <location filename="../ui/filter/editors/numberspinbox.cpp" line="17"/>
        <source>Whole number</source>
        <translation>Nombre entier</translation>
    </message>
    <message>
        <location filename="../ui/filter/editors/numberspinbox.cpp" line="17"/>
        <location filename="../ui/filter/editors/numberspinbox.cpp" line="24"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>swb::OperandConverter</name>
    <message>
        <location filename="../model/filter/operandconverter.cpp" line="59"/>
        <source>value &quot;%1&quot; is not a number, but %2 is a number field</source>
        <translation>la valeur &quot;%1&quot; n&apos;est pas un nombre, mais %2 est un champ numérique</translation>
    </message>
    <message>
        <location filename="../model/filter/operandconverter.cpp" line="86"/>
        <source>value &quot;%1&quot; is not yes or no; the yes/no field %2 takes true, false, 1, 0, yes or no</source>
        <translation>la valeur &quot;%1&quot; n&apos;est pas oui ou non ; le champ oui/non %2 accepte true, false, 1, 0, yes ou no</translation>
    </message>
    <message>
        <location filename="../model/filter/operandconverter.cpp" line="102"/>
        <source>value %1 is not text, but %2 is a text field; put the value in quotes</source>
        <translation>la valeur %1 n&apos;est pas du texte, mais %2 est un champ texte ; mettez la valeur entre guillemets</translation>
    </message>
    <message>
        <location filename="../model/filter/operandconverter.cpp" line="122"/>
        <source>value &quot;%1&quot; is not a date; the date field %2 takes dates as YYYY-MM-DD</source>
        <translation>la valeur &quot;%1&quot; n&apos;est pas une date ; le champ date %2 accepte les dates au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../model/filter/operandconverter.cpp" line="125"/>
        <source>value &quot;%1&quot; is not a date; the date and time field %2 takes YYYY-MM-DD or YYYY-MM-DD HH:MM:SS</source>
        <translation>la valeur &quot;%1&quot; n&apos;est pas une date ; le champ date et heure %2 accepte AAAA-MM-JJ ou AAAA-MM-JJ HH:MM:SS</translation>
    </message>
    <message>
        <location filename="../model/filter/operandconverter.cpp" line="155"/>
        <source>a value of %1 is missing or is not a single value</source>
        <translation>une valeur de %1 est manquante ou n&apos;est pas une valeur unique</translation>
    </message>
    <message>
        <location filename="../model/filter/operandconverter.cpp" line="174"/>
        <source>the text of &quot;%1&quot; is longer than %2 characters; shorten it</source>
        <translation>le texte de &quot;%1&quot; dépasse %2 caractères ; raccourcissez-le</translation>
    </message>
</context>
<context>
    <name>swb::OperatorPicker</name>
    <message>
        <location filename="../ui/filter/rows/operatorpicker.cpp" line="10"/>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/operatorpicker.cpp" line="59"/>
        <source>In the definition: &quot;%1&quot;</source>
        <extracomment>Tooltip of an operator: its name in the saved definition (JSON)</extracomment>
        <translation>Dans la définition : &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>swb::OrderDerivedFields</name>
    <message>
        <location filename="../model/import/orderderivedfields.cpp" line="34"/>
        <source>The workspace has no orders and customers yet. Import an orders file first.</source>
        <translation>L&apos;espace de travail ne contient pas encore de commandes ni de clients. Importez d&apos;abord un fichier de commandes.</translation>
    </message>
    <message>
        <location filename="../model/import/orderderivedfields.cpp" line="42"/>
        <source>The orders or the customers have no customer key column. Set the Customer key role (swb fields --set-role COLUMN=customer_key).</source>
        <translation>Les commandes ou les clients n&apos;ont pas de colonne de clé client. Définissez le rôle Clé client (swb fields --set-role COLONNE=customer_key).</translation>
    </message>
    <message>
        <location filename="../model/import/orderderivedfields.cpp" line="143"/>
        <source>%1 (latest order)</source>
        <extracomment>The header of a customer field derived from an order column: its value on the customer&apos;s latest order.</extracomment>
        <translation>%1 (dernière commande)</translation>
    </message>
    <message>
        <location filename="../model/import/orderderivedfields.cpp" line="145"/>
        <source>%1 (first order)</source>
        <translation>%1 (première commande)</translation>
    </message>
    <message>
        <location filename="../model/import/orderderivedfields.cpp" line="147"/>
        <source>%1 (most orders)</source>
        <translation>%1 (le plus de commandes)</translation>
    </message>
    <message>
        <location filename="../model/import/orderderivedfields.cpp" line="150"/>
        <source>%1 (distinct values)</source>
        <extracomment>The number of distinct values of an order column among a customer&apos;s orders, e.g. &quot;Country (distinct)&quot;.</extracomment>
        <translation>%1 (valeurs distinctes)</translation>
    </message>
    <message>
        <location filename="../model/import/orderderivedfields.cpp" line="191"/>
        <source>A derived field is NAME=KIND:COLUMN (e.g. country=last:Country), not &quot;%1&quot;.</source>
        <translation>Un champ dérivé s&apos;écrit NOM=TYPE:COLONNE (p. ex. country=last:Country), et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../model/import/orderderivedfields.cpp" line="197"/>
        <source>Unknown kind &quot;%1&quot; of a derived field: use %2.</source>
        <translation>Type de champ dérivé inconnu &quot;%1&quot; : utilisez %2.</translation>
    </message>
    <message>
        <location filename="../model/import/orderderivedfields.cpp" line="222"/>
        <source>Name the new customer field.</source>
        <translation>Nommez le nouveau champ client.</translation>
    </message>
    <message>
        <location filename="../model/import/orderderivedfields.cpp" line="229"/>
        <source>The orders have no column &quot;%1&quot;. Their columns: %2.</source>
        <translation>Les commandes n&apos;ont pas de colonne &quot;%1&quot;. Leurs colonnes : %2.</translation>
    </message>
    <message>
        <location filename="../model/import/orderderivedfields.cpp" line="238"/>
        <source>The customers already have a column &quot;%1&quot;; choose another name for the derived field.</source>
        <translation>Les clients ont déjà une colonne &quot;%1&quot; ; choisissez un autre nom pour le champ dérivé.</translation>
    </message>
    <message>
        <location filename="../model/import/orderderivedfields.cpp" line="278"/>
        <source>There is no customer field &quot;%1&quot; derived from the orders.</source>
        <translation>Il n&apos;existe pas de champ client &quot;%1&quot; dérivé des commandes.</translation>
    </message>
</context>
<context>
    <name>swb::OrderLines</name>
    <message>
        <location filename="../model/analytics/orderlines.cpp" line="38"/>
        <source>The customers have no customer key column that holds only texts or only whole numbers, so their orders cannot be matched. Set the Customer key role on the column that identifies a customer.</source>
        <translation>Les clients n&apos;ont pas de colonne de clé client ne contenant que des textes ou que des nombres entiers ; leurs commandes ne peuvent donc pas être rapprochées. Définissez le rôle Clé client sur la colonne qui identifie un client.</translation>
    </message>
    <message>
        <location filename="../model/analytics/orderlines.cpp" line="308"/>
        <source>The workspace has no orders. Import an orders file (swb import FILE --kind orders) to see how segments developed over time.</source>
        <translation>L&apos;espace de travail ne contient aucune commande. Importez un fichier de commandes (swb import FICHIER --kind orders) pour voir l&apos;évolution des segments dans le temps.</translation>
    </message>
    <message>
        <location filename="../model/analytics/orderlines.cpp" line="314"/>
        <source>The orders have no customer key column. Set the Customer key role on the orders column that names the customer.</source>
        <translation>Les commandes n&apos;ont pas de colonne de clé client. Définissez le rôle Clé client sur la colonne des commandes qui désigne le client.</translation>
    </message>
    <message>
        <location filename="../model/analytics/orderlines.cpp" line="319"/>
        <source>The orders have no order date column, so they cannot be placed in time. Set the Order date role on the column with the order dates.</source>
        <translation>Les commandes n&apos;ont pas de colonne de date de commande ; elles ne peuvent donc pas être situées dans le temps. Définissez le rôle Date de commande sur la colonne des dates de commande.</translation>
    </message>
    <message>
        <location filename="../model/analytics/orderlines.cpp" line="324"/>
        <source>The orders have no amount column, and no quantity and unit price columns. Set the Amount role (or the Quantity and Unit price roles) on the orders&apos; columns.</source>
        <translation>Les commandes n&apos;ont ni colonne de montant, ni colonnes de quantité et de prix unitaire. Définissez le rôle Montant (ou les rôles Quantité et Prix unitaire) sur les colonnes des commandes.</translation>
    </message>
    <message>
        <location filename="../model/analytics/orderlines.cpp" line="369"/>
        <source>Cannot read the orders: %1</source>
        <translation>Impossible de lire les commandes : %1</translation>
    </message>
    <message>
        <location filename="../model/analytics/orderlines.cpp" line="374"/>
        <source>Reading the orders was canceled.</source>
        <translation>La lecture des commandes a été annulée.</translation>
    </message>
    <message>
        <location filename="../model/analytics/orderlines.cpp" line="396"/>
        <source>An order line has the amount %1, beyond the ±1,000,000,000,000 that amounts are added up exactly to; the back-calculation does not take such amounts.</source>
        <translation>Une ligne de commande a le montant %1, au-delà des ±1 000 000 000 000 jusqu&apos;auxquels les montants sont additionnés exactement ; le calcul rétrospectif n&apos;accepte pas de tels montants.</translation>
    </message>
</context>
<context>
    <name>swb::OrderRulePanel</name>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="24"/>
        <source>of</source>
        <translation>de</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="27"/>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="34"/>
        <source>Number of orders</source>
        <extracomment>Measure of an order rule: how many orders a customer has</extracomment>
        <translation>Nombre de commandes</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="35"/>
        <source>Total amount</source>
        <translation>Montant total</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="36"/>
        <source>Distinct values</source>
        <translation>Valeurs distinctes</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="37"/>
        <source>First order date</source>
        <translation>Date de première commande</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="38"/>
        <source>Last order date</source>
        <translation>Date de dernière commande</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="39"/>
        <source>What is compared: of each customer&apos;s order lines that match the condition below</source>
        <translation>Ce qui est comparé : parmi les lignes de commande de chaque client qui remplissent la condition ci-dessous</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="40"/>
        <source>The order column whose distinct values are counted</source>
        <translation>La colonne des commandes dont les valeurs distinctes sont comptées</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="41"/>
        <source>Choose a column…</source>
        <translation>Choisir une colonne…</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="44"/>
        <source>at any time</source>
        <extracomment>Time window of an order rule: every order counts</extracomment>
        <translation>à tout moment</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="45"/>
        <source>in the last</source>
        <translation>au cours des</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="46"/>
        <source>from</source>
        <translation>à partir du</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="47"/>
        <source>until</source>
        <translation>jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="48"/>
        <source>between</source>
        <translation>entre le</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="49"/>
        <source>Which order dates count (whole days, both ends included)</source>
        <translation>Dates de commande prises en compte (jours entiers, bornes incluses)</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="51"/>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="106"/>
        <source>Has no orders</source>
        <translation>Sans commande</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="52"/>
        <source>Select the customers without such orders (number of orders is 0)</source>
        <translation>Sélectionner les clients sans de telles commandes (nombre de commandes égal à 0)</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="71"/>
        <source>Orders placed</source>
        <translation>Commandes passées</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="78"/>
        <source>Only order lines where:</source>
        <translation>Uniquement les lignes de commande où :</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="92"/>
        <source>Choose measure %1</source>
        <translation>Choisir la mesure %1</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="96"/>
        <source>Choose column %1</source>
        <translation>Choisir la colonne %1</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="100"/>
        <source>Choose time window %1</source>
        <translation>Choisir la période %1</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="106"/>
        <source>Has orders</source>
        <translation>A des commandes</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="215"/>
        <source>Edit time window</source>
        <translation>Modifier la période</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/orderrulepanel.cpp" line="240"/>
        <source>Edit order condition</source>
        <translation>Modifier la condition de commande</translation>
    </message>
</context>
<context>
    <name>swb::OrderRules</name>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="18"/>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="52"/>
        <source>measure &quot;sum&quot; needs the amount of each order line, but the orders have no amount column and no quantity and unit price columns; set their roles with swb fields</source>
        <translation>la mesure &quot;sum&quot; nécessite le montant de chaque ligne de commande, mais les commandes n&apos;ont ni colonne de montant, ni colonnes de quantité et de prix unitaire ; définissez leurs rôles avec swb fields</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="57"/>
        <source>measure %1 needs the order date, but the orders have no order date column; set its role with swb fields</source>
        <translation>la mesure %1 nécessite la date de commande, mais les commandes n&apos;ont pas de colonne de date de commande ; définissez son rôle avec swb fields</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="65"/>
        <source>measure %1: the orders have no column %2; use one of %3</source>
        <translation>mesure %1 : les commandes n&apos;ont pas de colonne %2 ; utilisez l&apos;une de %3</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="69"/>
        <source>unknown measure %1; use &quot;count&quot;, &quot;sum&quot;, &quot;distinct:COLUMN&quot;, &quot;first_date&quot; or &quot;last_date&quot;</source>
        <translation>mesure %1 inconnue ; utilisez &quot;count&quot;, &quot;sum&quot;, &quot;distinct:COLONNE&quot;, &quot;first_date&quot; ou &quot;last_date&quot;</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="81"/>
        <source>&quot;window&quot; must be an object: {&quot;inLastDays&quot;: N}, {&quot;from&quot;: &quot;YYYY-MM-DD&quot;}, {&quot;to&quot;: &quot;YYYY-MM-DD&quot;} or both dates</source>
        <translation>&quot;window&quot; doit être un objet : {&quot;inLastDays&quot;: N}, {&quot;from&quot;: &quot;AAAA-MM-JJ&quot;}, {&quot;to&quot;: &quot;AAAA-MM-JJ&quot;} ou les deux dates</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="87"/>
        <source>&quot;window&quot; has the unknown key %1; use &quot;inLastDays&quot;, or &quot;from&quot; and &quot;to&quot;</source>
        <translation>&quot;window&quot; contient la clé inconnue %1 ; utilisez &quot;inLastDays&quot;, ou &quot;from&quot; et &quot;to&quot;</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="93"/>
        <source>&quot;window&quot; needs the order date, but the orders have no order date column; set its role with swb fields</source>
        <translation>&quot;window&quot; nécessite la date de commande, mais les commandes n&apos;ont pas de colonne de date de commande ; définissez son rôle avec swb fields</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="117"/>
        <source>&quot;window&quot; takes either &quot;inLastDays&quot; or &quot;from&quot;/&quot;to&quot;, not both</source>
        <translation>&quot;window&quot; accepte soit &quot;inLastDays&quot;, soit &quot;from&quot;/&quot;to&quot;, mais pas les deux</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="121"/>
        <source>&quot;window&quot;: &quot;inLastDays&quot; needs a whole number of days from 0 to %1, not &quot;%2&quot;</source>
        <translation>&quot;window&quot; : &quot;inLastDays&quot; nécessite un nombre entier de jours de 0 à %1, et non &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="124"/>
        <source>&quot;window&quot;: &quot;inLastDays&quot; needs the workspace&apos;s as-of date, which is not set</source>
        <translation>&quot;window&quot; : &quot;inLastDays&quot; nécessite la date de référence de l&apos;espace de travail, qui n&apos;est pas définie</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="139"/>
        <source>&quot;window&quot;: %1 must be a date YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>&quot;window&quot; : %1 doit être une date AAAA-MM-JJ, et non &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="147"/>
        <source>&quot;window&quot;: &quot;from&quot; (%1) is after &quot;to&quot; (%2); swap them</source>
        <translation>&quot;window&quot; : &quot;from&quot; (%1) est postérieur à &quot;to&quot; (%2) ; inversez-les</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="161"/>
        <source>number of orders</source>
        <translation>nombre de commandes</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="165"/>
        <source>amount spent</source>
        <translation>montant dépensé</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="169"/>
        <source>number of distinct values</source>
        <translation>nombre de valeurs distinctes</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="174"/>
        <source>first order date</source>
        <translation>date de première commande</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="175"/>
        <source>last order date</source>
        <translation>date de dernière commande</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="221"/>
        <source>&quot;%1&quot; needs two values</source>
        <translation>&quot;%1&quot; nécessite deux valeurs</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="226"/>
        <source>&quot;%1&quot; needs one value: a number, or a date YYYY-MM-DD for &quot;first_date&quot; and &quot;last_date&quot;</source>
        <translation>&quot;%1&quot; nécessite une valeur : un nombre, ou une date AAAA-MM-JJ pour &quot;first_date&quot; et &quot;last_date&quot;</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="239"/>
        <source>value &quot;%1&quot; is not a date; %2 takes a date as YYYY-MM-DD, without a time</source>
        <translation>la valeur &quot;%1&quot; n&apos;est pas une date ; %2 accepte une date au format AAAA-MM-JJ, sans heure</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="271"/>
        <source>operator &quot;%1&quot; is not valid for &quot;@orders&quot;; use =, !=, &lt;, &gt;, &lt;=, &gt;=, between or notBetween</source>
        <translation>l&apos;opérateur &quot;%1&quot; n&apos;est pas valide pour &quot;@orders&quot; ; utilisez =, !=, &lt;, &gt;, &lt;=, &gt;=, between ou notBetween</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="278"/>
        <source>the workspace has no orders; import an orders file before using &quot;@orders&quot;</source>
        <translation>l&apos;espace de travail ne contient aucune commande ; importez un fichier de commandes avant d&apos;utiliser &quot;@orders&quot;</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="279"/>
        <source>the orders have no customer key column, so they cannot be matched to customers; set its role with swb fields</source>
        <translation>les commandes n&apos;ont pas de colonne de clé client et ne peuvent donc pas être rapprochées des clients ; définissez son rôle avec swb fields</translation>
    </message>
    <message>
        <location filename="../model/filter/orderrules.cpp" line="284"/>
        <source>the customers have no customer key column, so orders cannot be matched to them; set its role with swb fields</source>
        <translation>les clients n&apos;ont pas de colonne de clé client ; les commandes ne peuvent donc pas leur être rapprochées ; définissez son rôle avec swb fields</translation>
    </message>
</context>
<context>
    <name>swb::OrderStore</name>
    <message>
        <location filename="../model/filter/orderstore.cpp" line="81"/>
        <source>The workspace has no orders.</source>
        <translation>L&apos;espace de travail ne contient aucune commande.</translation>
    </message>
    <message>
        <location filename="../model/filter/orderstore.cpp" line="85"/>
        <source>The orders or the customers have no customer key column.</source>
        <translation>Les commandes ou les clients n&apos;ont pas de colonne de clé client.</translation>
    </message>
    <message>
        <location filename="../model/filter/orderstore.cpp" line="123"/>
        <location filename="../model/filter/orderstore.cpp" line="140"/>
        <source>The orders changed while they were read. Count again.</source>
        <translation>Les commandes ont changé pendant leur lecture. Relancez le comptage.</translation>
    </message>
    <message>
        <location filename="../model/filter/orderstore.cpp" line="135"/>
        <source>Loading was canceled.</source>
        <translation>Le chargement a été annulé.</translation>
    </message>
</context>
<context>
    <name>swb::OrdersAggregator</name>
    <message>
        <location filename="../model/import/ordersaggregator.cpp" line="223"/>
        <source>The orders have no amount column, and no quantity and unit price columns, so revenue cannot be computed. Name the columns (e.g. &quot;Amount&quot;, or &quot;Quantity&quot; and &quot;UnitPrice&quot;) or set their roles with an override.</source>
        <translation>Les commandes n&apos;ont ni colonne de montant, ni colonnes de quantité et de prix unitaire ; le chiffre d&apos;affaires ne peut donc pas être calculé. Nommez les colonnes (p. ex. &quot;Amount&quot;, ou &quot;Quantity&quot; et &quot;UnitPrice&quot;) ou définissez leurs rôles explicitement.</translation>
    </message>
</context>
<context>
    <name>swb::OverlapService</name>
    <message>
        <location filename="../model/analytics/overlapservice.cpp" line="20"/>
        <source>Comparing segment overlaps</source>
        <translation>Comparaison des recouvrements de segments</translation>
    </message>
</context>
<context>
    <name>swb::PairValueEditor</name>
    <message>
        <location filename="../ui/filter/editors/pairvalueeditor.cpp" line="21"/>
        <source>and</source>
        <extracomment>Between the two values of &quot;is between 10 and 20&quot;</extracomment>
        <translation>et</translation>
    </message>
</context>
<context>
    <name>swb::PgConnection</name>
    <message>
        <location filename="../model/postgres/pgconnection.cpp" line="28"/>
        <source>This role may only read this workspace; saving or importing needs a role that may write its tables (the server said: %1)</source>
        <translation>Ce rôle ne peut que lire cet espace de travail ; enregistrer ou importer demande un rôle autorisé à écrire dans ses tables (le serveur a répondu : %1)</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgconnection.cpp" line="132"/>
        <source>The connection to the server was lost. Nothing of what was running is kept (an import or a save is one transaction on the server). Check that the server runs, then try again. (%1)</source>
        <translation>La connexion au serveur a été perdue. Rien de ce qui était en cours n&apos;est conservé (une importation ou un enregistrement est une seule transaction sur le serveur). Vérifiez que le serveur fonctionne, puis réessayez. (%1)</translation>
    </message>
</context>
<context>
    <name>swb::PgCredentials</name>
    <message>
        <location filename="../model/postgres/pgcredentials.cpp" line="46"/>
        <source>The server refused the password. Check the user and the password and connect again.</source>
        <translation>Le serveur a refusé le mot de passe. Vérifiez l&apos;utilisateur et le mot de passe, puis reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgcredentials.cpp" line="48"/>
        <source>The server asks for a password. Give it in File → Connect to Server… (or in ~/.pgpass).</source>
        <translation>Le serveur demande un mot de passe. Indiquez-le dans Fichier → Se connecter à un serveur… (ou dans ~/.pgpass).</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgcredentials.cpp" line="50"/>
        <source>No PostgreSQL server answers at this host and port. Check both, and that the server runs and accepts connections from this computer.</source>
        <translation>Aucun serveur PostgreSQL ne répond à cet hôte et ce port. Vérifiez-les, et que le serveur fonctionne et accepte les connexions de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgcredentials.cpp" line="53"/>
        <source>The server did not answer in time. Check the host name and the network.</source>
        <translation>Le serveur n&apos;a pas répondu à temps. Vérifiez le nom d&apos;hôte et le réseau.</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgcredentials.cpp" line="55"/>
        <source>The host name is unknown. Check its spelling.</source>
        <translation>Le nom d&apos;hôte est inconnu. Vérifiez son orthographe.</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgcredentials.cpp" line="57"/>
        <source>The server has no database of this name. Check the database, or create it on the server.</source>
        <translation>Le serveur n&apos;a pas de base de données de ce nom. Vérifiez la base, ou créez-la sur le serveur.</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgcredentials.cpp" line="59"/>
        <source>The server has no user of this name. Check the user.</source>
        <translation>Le serveur n&apos;a pas d&apos;utilisateur de ce nom. Vérifiez l&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgcredentials.cpp" line="61"/>
        <source>The TLS mode does not fit the server. Try another TLS mode, or ask the server&apos;s administrator.</source>
        <translation>Le mode TLS ne convient pas au serveur. Essayez un autre mode TLS, ou demandez à l&apos;administrateur du serveur.</translation>
    </message>
</context>
<context>
    <name>swb::PgExport</name>
    <message>
        <location filename="../model/postgres/pgexport.cpp" line="131"/>
        <source>The selection cannot be evaluated on the server: %1</source>
        <translation>La sélection ne peut pas être évaluée sur le serveur : %1</translation>
    </message>
</context>
<context>
    <name>swb::PgImport</name>
    <message>
        <location filename="../model/postgres/pgimport.cpp" line="112"/>
        <source>The server refused the rows; it keeps what it had: %1</source>
        <translation>Le serveur a refusé les lignes ; il garde ce qu&apos;il avait : %1</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgimport.cpp" line="267"/>
        <source>a value of line %1 is not of its column&apos;s type</source>
        <translation>une valeur de la ligne %1 n&apos;est pas du type de sa colonne</translation>
    </message>
</context>
<context>
    <name>swb::PgKpis</name>
    <message>
        <location filename="../model/postgres/pgkpis.cpp" line="241"/>
        <source>The KPIs were cancelled.</source>
        <translation>Le calcul des KPI a été annulé.</translation>
    </message>
</context>
<context>
    <name>swb::PgTasks</name>
    <message>
        <location filename="../model/postgres/pgtasks.cpp" line="19"/>
        <source>%1 works on workspace files so far, not on a PostgreSQL server.</source>
        <translation>%1 fonctionne pour l&apos;instant sur les fichiers d&apos;espace de travail, pas sur un serveur PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgtasks.cpp" line="32"/>
        <source>Customers picked in the table, and combined segments,</source>
        <translation>Les clients choisis dans le tableau et les segments combinés</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgtasks.cpp" line="65"/>
        <source>There is no segment called &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de segment nommé « %1 ».</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgtasks.cpp" line="107"/>
        <source>Saving clusters as segments</source>
        <translation>L&apos;enregistrement des clusters comme segments</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgtasks.cpp" line="171"/>
        <source>Cannot open the workspace on %1: %2</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail sur %1 : %2</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgtasks.cpp" line="185"/>
        <source>Cannot read the workspace on %1: %2</source>
        <translation>Impossible de lire l&apos;espace de travail sur %1 : %2</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgtasks.cpp" line="204"/>
        <source>This role may only read this workspace: saving, renaming and deleting segments need a role that may write its tables (ask the server&apos;s administrator).</source>
        <translation>Ce rôle ne peut que lire cet espace de travail : enregistrer, renommer et supprimer des segments demande un rôle qui peut écrire dans ses tables (demandez à l&apos;administrateur du serveur).</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgtasks.cpp" line="283"/>
        <source>Export presets, suppression lists and several segments at once</source>
        <translation>Les modèles d&apos;export, les listes d&apos;exclusion et plusieurs segments à la fois</translation>
    </message>
</context>
<context>
    <name>swb::PgWorkspace</name>
    <message>
        <location filename="../model/postgres/pgworkspace.cpp" line="34"/>
        <source>%1 on %2:%3</source>
        <translation>%1 sur %2:%3</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgworkspace.cpp" line="49"/>
        <source>The database holds no workspace (no tables &quot;fields&quot; and &quot;customers&quot;): import a customers file into it first (swb import FILE --db URI).</source>
        <translation>La base de données ne contient aucun espace de travail (pas de tables « fields » et « customers ») : importez-y d’abord un fichier de clients (swb import FICHIER --db URI).</translation>
    </message>
</context>
<context>
    <name>swb::PreferencesDialog</name>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="51"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="54"/>
        <source>As-of date of this workspace</source>
        <translation>Date de référence de cet espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="57"/>
        <source>Recency, &quot;in the last N days&quot; rules and KPIs are computed relative to this date. By default it is the day after the latest purchase in the data, so historical data sets analyse sensibly.</source>
        <translation>La récence, les règles « dans les N derniers jours » et les KPI sont calculés par rapport à cette date. Par défaut, il s&apos;agit du lendemain du dernier achat présent dans les données, afin que les jeux de données historiques s&apos;analysent correctement.</translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="60"/>
        <source>Use a &amp;fixed date:</source>
        <translation>Utiliser une date &amp;fixe :</translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="72"/>
        <source>Without a fixed date: %1 (from the data).</source>
        <translation>Sans date fixe : %1 (d&apos;après les données).</translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="77"/>
        <source>Open a workspace to change its as-of date.</source>
        <translation>Ouvrez un espace de travail pour modifier sa date de référence.</translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="81"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="84"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="88"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="89"/>
        <source>A new language applies the next time Segment Workbench starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Segment Workbench.</translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="103"/>
        <source>Opening large workspaces</source>
        <translation>Ouverture des grands espaces de travail</translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="105"/>
        <source>&amp;Keep a copy for fast opening</source>
        <translation>&amp;Conserver une copie pour une ouverture rapide</translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="108"/>
        <source>A workspace with 100,000 customers or more then opens in a fraction of a second instead of about a second per million customers. The copies hold customer data, take about 170 MB per million customers and are kept for the three workspaces used last, in %1.</source>
        <translation>Un espace de travail de 100 000 clients ou plus s&apos;ouvre alors en une fraction de seconde au lieu d&apos;environ une seconde par million de clients. Les copies contiennent des données clients, occupent environ 170 Mo par million de clients et sont conservées pour les trois derniers espaces de travail utilisés, dans %1.</translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="116"/>
        <source>&amp;Delete Copies</source>
        <translation>&amp;Supprimer les copies</translation>
    </message>
    <message>
        <location filename="../ui/shell/preferencesdialog.cpp" line="133"/>
        <source>No copies now.</source>
        <translation>Aucune copie pour le moment.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/preferencesdialog.cpp" line="134"/>
        <source>Copies now: %n workspace(s), %1.</source>
        <translation>
            <numerusform>Copies actuelles : %n espace de travail, %1.</numerusform>
            <numerusform>Copies actuelles : %n espaces de travail, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::PresetExporter</name>
    <message>
        <location filename="../model/export/presetexporter.cpp" line="50"/>
        <source>The workspace has no column with the role email or phone, which this export needs. Give the column that holds the e-mail addresses that role, for example: swb fields --db %1 --set-role COLUMN=email</source>
        <translation>L&apos;espace de travail n&apos;a pas de colonne avec le rôle email ou phone, nécessaire à cette exportation. Attribuez ce rôle à la colonne qui contient les adresses e-mail, par exemple : swb fields --db %1 --set-role COLONNE=email</translation>
    </message>
    <message>
        <location filename="../model/export/presetexporter.cpp" line="54"/>
        <source>The workspace has no column with the role %1, which this export needs. Give the column that holds it that role, for example: swb fields --db %2 --set-role COLUMN=%1</source>
        <translation>L&apos;espace de travail n&apos;a pas de colonne avec le rôle %1, nécessaire à cette exportation. Attribuez ce rôle à la colonne qui contient ces valeurs, par exemple : swb fields --db %2 --set-role COLONNE=%1</translation>
    </message>
    <message>
        <location filename="../model/export/presetexporter.cpp" line="89"/>
        <source>A suppression list is one column of text without a header: choose the CSV or TSV format.</source>
        <translation>Une liste d&apos;exclusion est une seule colonne de texte sans en-tête : choisissez le format CSV ou TSV.</translation>
    </message>
    <message>
        <location filename="../model/export/presetexporter.cpp" line="91"/>
        <source>The preset %1 needs the e-mail addresses and phone numbers themselves: choose the PII policy keep, or a Google or Meta preset for hashed values.</source>
        <translation>Le modèle %1 nécessite les adresses e-mail et les numéros de téléphone eux-mêmes : choisissez la règle de données personnelles keep, ou un modèle Google ou Meta pour des valeurs hachées.</translation>
    </message>
    <message>
        <location filename="../model/export/presetexporter.cpp" line="95"/>
        <source>The preset %1 writes personal data hashed (SHA-256) or as it is: choose the PII policy hash or keep.</source>
        <translation>Le modèle %1 écrit les données personnelles hachées (SHA-256) ou telles quelles : choisissez la règle de données personnelles hash ou keep.</translation>
    </message>
    <message>
        <location filename="../model/export/presetexporter.cpp" line="100"/>
        <source>The default country &quot;%1&quot; is not an ISO 3166-1 alpha-2 code: give two capital letters such as DE, FR or GB.</source>
        <translation>Le pays par défaut &quot;%1&quot; n&apos;est pas un code ISO 3166-1 alpha-2 : indiquez deux lettres majuscules, comme DE, FR ou GB.</translation>
    </message>
    <message>
        <location filename="../model/export/presetexporter.cpp" line="171"/>
        <source>Reading the customers failed: %1</source>
        <translation>La lecture des clients a échoué : %1</translation>
    </message>
</context>
<context>
    <name>swb::PresetLayout</name>
    <message>
        <location filename="../model/export/exportpresets.cpp" line="256"/>
        <source>no e-mail address and no phone number</source>
        <translation>adresse e-mail et numéro de téléphone manquants</translation>
    </message>
    <message>
        <location filename="../model/export/exportpresets.cpp" line="257"/>
        <source>no e-mail address and a phone number that is not valid</source>
        <translation>adresse e-mail manquante et numéro de téléphone non valide</translation>
    </message>
    <message>
        <location filename="../model/export/exportpresets.cpp" line="258"/>
        <source>an e-mail address that is not valid and no phone number</source>
        <translation>adresse e-mail non valide et numéro de téléphone manquant</translation>
    </message>
    <message>
        <location filename="../model/export/exportpresets.cpp" line="259"/>
        <source>neither a valid e-mail address nor a valid phone number</source>
        <translation>adresse e-mail et numéro de téléphone non valides</translation>
    </message>
    <message>
        <location filename="../model/export/exportpresets.cpp" line="260"/>
        <source>no e-mail address</source>
        <translation>adresse e-mail manquante</translation>
    </message>
    <message>
        <location filename="../model/export/exportpresets.cpp" line="261"/>
        <source>an e-mail address that is not valid</source>
        <translation>adresse e-mail non valide</translation>
    </message>
    <message>
        <location filename="../model/export/exportpresets.cpp" line="262"/>
        <source>no phone number</source>
        <translation>numéro de téléphone manquant</translation>
    </message>
    <message>
        <location filename="../model/export/exportpresets.cpp" line="263"/>
        <source>a phone number that is not valid</source>
        <translation>numéro de téléphone non valide</translation>
    </message>
</context>
<context>
    <name>swb::ProfileHeatmap</name>
    <message>
        <location filename="../ui/charts/profileheatmap.cpp" line="156"/>
        <source>%1 %2 (z-score %3)</source>
        <translation>%1 %2 (score z %3)</translation>
    </message>
    <message>
        <location filename="../ui/charts/profileheatmap.cpp" line="174"/>
        <source>%1 (%2 customers)
%3: mean %4, all clustered customers %5
z-score %6</source>
        <translation>%1 (%2 clients)
%3 : moyenne %4, ensemble des clients du clustering %5
z-score %6</translation>
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
        <translation>Aucun espace de travail récent</translation>
    </message>
    <message>
        <location filename="../ui/shell/recentworkspaces.cpp" line="88"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Effacer le menu</translation>
    </message>
</context>
<context>
    <name>swb::ReportCanvas</name>
    <message>
        <location filename="../ui/report/reportcanvas.cpp" line="50"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>swb::ReviewReport</name>
    <message>
        <location filename="../model/analytics/reviewreport.cpp" line="66"/>
        <source>The workspace has no saved segments. Save a segment first, then make the report.</source>
        <translation>L&apos;espace de travail ne contient aucun segment enregistré. Enregistrez d&apos;abord un segment, puis créez le rapport.</translation>
    </message>
    <message>
        <location filename="../model/analytics/reviewreport.cpp" line="73"/>
        <source>No saved segment is named “%1”. Saved segments: %2.</source>
        <translation>Aucun segment enregistré ne s&apos;appelle « %1 ». Segments enregistrés : %2.</translation>
    </message>
    <message>
        <location filename="../model/analytics/reviewreport.cpp" line="122"/>
        <source>The trend has no line for this segment.</source>
        <translation>La tendance n&apos;a pas de courbe pour ce segment.</translation>
    </message>
    <message>
        <location filename="../model/analytics/reviewreport.cpp" line="165"/>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
    <message>
        <location filename="../model/analytics/reviewreport.cpp" line="169"/>
        <source>The trend covers 1 to %1 months; %2 is out of range.</source>
        <translation>La tendance couvre de 1 à %1 mois ; %2 est hors limites.</translation>
    </message>
</context>
<context>
    <name>swb::ReviewReportDialog</name>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="30"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="36"/>
        <source>Export Review Report</source>
        <translation>Exporter le rapport de revue</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="50"/>
        <source> months</source>
        <extracomment>Suffix of the number of months of trend in the review report dialog.</extracomment>
        <translation> mois</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="57"/>
        <source>%1 review %2.pdf</source>
        <extracomment>Default file name of the review report: the workspace&apos;s name and today&apos;s date.</extracomment>
        <translation>%1 revue %2.pdf</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="65"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="83"/>
        <source>Wrote page %1 of %2…</source>
        <translation>Page %1 sur %2 écrite…</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="88"/>
        <source>The report was written to %1.</source>
        <translation>Le rapport a été écrit dans %1.</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="105"/>
        <source>&amp;Segments:</source>
        <translation>&amp;Segments :</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="106"/>
        <source>&amp;Trend:</source>
        <translation>&amp;Tendance :</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="107"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="149"/>
        <source>Save Review Report</source>
        <translation>Enregistrer le rapport de revue</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="150"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="192"/>
        <source>Gathering the numbers…</source>
        <translation>Collecte des chiffres…</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="194"/>
        <source>Making the review report</source>
        <translation>Création du rapport de revue</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="203"/>
        <source>The report was cancelled; no file was written.</source>
        <translation>Le rapport a été annulé ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportdialog.cpp" line="211"/>
        <source>The report could not be made: %1</source>
        <translation>Le rapport n&apos;a pas pu être créé : %1</translation>
    </message>
</context>
<context>
    <name>swb::ReviewReportWriter</name>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="107"/>
        <source>Segment review</source>
        <translation>Revue des segments</translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="111"/>
        <source>As of %1</source>
        <translation>Au %1</translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="113"/>
        <source>Workspace: %1</source>
        <translation>Espace de travail : %1</translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="116"/>
        <source>Made on %1</source>
        <translation>Créé le %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/reportpages.cpp" line="119"/>
        <source>%n segment(s) in this report:</source>
        <translation>
            <numerusform>%n segment dans ce rapport :</numerusform>
            <numerusform>%n segments dans ce rapport :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/reportpages.cpp" line="126"/>
        <source>… and %n more: see the KPI table.</source>
        <translation>
            <numerusform>… et %n autre : voir le tableau des KPI.</numerusform>
            <numerusform>… et %n autres : voir le tableau des KPI.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="131"/>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="134"/>
        <source>•  %1: %2 customers (%3% of all)</source>
        <extracomment>A line of the title page&apos;s segment list: name, customers, share of all customers.</extracomment>
        <translation>•  %1 : %2 clients (%3 % du total)</translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="143"/>
        <source>KPIs of the segments and all customers</source>
        <translation>KPI des segments et de l&apos;ensemble des clients</translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="144"/>
        <source>KPIs (continued)</source>
        <translation>KPI (suite)</translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="147"/>
        <source>Cells are shaded by lift against all customers: blue above, orange below (100 = the same). Money in the workspace&apos;s currency; recency in days up to the as-of date.</source>
        <translation>Les cellules sont colorées selon le lift par rapport à tous les clients : bleu au-dessus, orange en dessous (100 = identique). Montants dans la devise de l&apos;espace de travail ; récence en jours jusqu&apos;à la date de référence.</translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="152"/>
        <source>Not available (n/a): %1. Give a field this role in Fields.</source>
        <translation>Non disponible (n/d) : %1. Attribuez ce rôle à un champ dans Champs.</translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="186"/>
        <source>The charts show the first %1 of the %2 segments; the KPI table lists them all.</source>
        <translation>Les graphiques montrent les %1 premiers des %2 segments ; le tableau des KPI les liste tous.</translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="197"/>
        <source>The overlaps of the first %1 of the %2 segments are shown.</source>
        <translation>Les recouvrements des %1 premiers des %2 segments sont affichés.</translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="207"/>
        <source>Segment sizes and revenue per customer</source>
        <translation>Taille des segments et CA par client</translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="210"/>
        <source>Who brings the money, and how segments overlap</source>
        <translation>Qui apporte le chiffre d&apos;affaires, et comment les segments se recouvrent</translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="213"/>
        <source>Who brings the money</source>
        <translation>Qui apporte le chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location filename="../ui/report/reportpages.cpp" line="215"/>
        <source>How segments overlap</source>
        <translation>Recouvrement des segments</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportwriter.cpp" line="19"/>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Choisissez un dossier accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportwriter.cpp" line="25"/>
        <source>Segment review: %1</source>
        <translation>Revue des segments : %1</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportwriter.cpp" line="46"/>
        <source>Give the report a file name ending in .pdf.</source>
        <translation>Donnez au rapport un nom de fichier se terminant par .pdf.</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportwriter.cpp" line="49"/>
        <source>%1 is a folder: give the report a file name ending in .pdf.</source>
        <translation>%1 est un dossier : donnez au rapport un nom de fichier se terminant par .pdf.</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportwriter.cpp" line="52"/>
        <source>%1 is the workspace itself: choose another file name for the report.</source>
        <translation>%1 est l&apos;espace de travail lui-même : choisissez un autre nom de fichier pour le rapport.</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportwriter.cpp" line="56"/>
        <source>The folder %1 does not exist. Choose an existing folder for the report.</source>
        <translation>Le dossier %1 n&apos;existe pas. Choisissez un dossier existant pour le rapport.</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportwriter.cpp" line="59"/>
        <source>the folder is not writable</source>
        <translation>le dossier n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportwriter.cpp" line="81"/>
        <source>the PDF could not be started</source>
        <translation>le PDF n&apos;a pas pu être commencé</translation>
    </message>
    <message>
        <location filename="../ui/report/reviewreportwriter.cpp" line="85"/>
        <source>Segment review of %1 as of %2</source>
        <translation>Revue des segments de %1 au %2</translation>
    </message>
</context>
<context>
    <name>swb::RfmAnalysis</name>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="154"/>
        <source>RFM levels must be between 2 and 10, not %1.</source>
        <translation>Le nombre de niveaux RFM doit être compris entre 2 et 10, et non %1.</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="168"/>
        <source>The RFM grid has %1 levels but %2 were asked.</source>
        <translation>La grille RFM a %1 niveaux, mais %2 ont été demandés.</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="251"/>
        <source>The workspace has no customers yet: import a customer file first.</source>
        <translation>L&apos;espace de travail ne contient encore aucun client : importez d&apos;abord un fichier de clients.</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="253"/>
        <source>The RFM grid does not match the %1 levels asked for.</source>
        <translation>La grille RFM ne correspond pas aux %1 niveaux demandés.</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="267"/>
        <location filename="../model/postgres/pgrfm.cpp" line="23"/>
        <source>RFM needs fields with the roles %1. Import an orders file (it adds them), or set the roles of existing columns (swb fields --set-role COLUMN=ROLE).</source>
        <translation>Le RFM nécessite des champs ayant les rôles %1. Importez un fichier de commandes (il les ajoute) ou définissez les rôles de colonnes existantes (swb fields --set-role COLONNE=RÔLE).</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="275"/>
        <location filename="../model/analytics/rfmanalysis.cpp" line="307"/>
        <location filename="../model/analytics/rfmanalysis.cpp" line="329"/>
        <source>The RFM analysis was cancelled.</source>
        <translation>L&apos;analyse RFM a été annulée.</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="351"/>
        <source>There is no RFM run to regroup yet: run the RFM analysis first.</source>
        <translation>Il n&apos;y a encore aucune exécution RFM à regrouper : lancez d&apos;abord l&apos;analyse RFM.</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="358"/>
        <source>The grid has %1 levels but the latest RFM run scored %2: run the analysis again with %1 levels first.</source>
        <translation>La grille a %1 niveaux, mais la dernière exécution RFM a noté sur %2 : relancez d&apos;abord l&apos;analyse avec %1 niveaux.</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmanalysis.cpp" line="485"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>swb::RfmGrid</name>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="15"/>
        <source>Recent Customers</source>
        <translation>Nouveaux clients</translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="15"/>
        <source>Potential Loyalists</source>
        <translation>Fidèles potentiels</translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="16"/>
        <source>Loyal</source>
        <translation>Fidèles</translation>
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
        <translation>Prometteurs</translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="20"/>
        <source>Need Attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="21"/>
        <source>About to Sleep</source>
        <translation>Bientôt endormis</translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="22"/>
        <source>At Risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="23"/>
        <source>Lost</source>
        <translation>Perdus</translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="23"/>
        <source>Hibernating</source>
        <translation>En hibernation</translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="24"/>
        <source>Can&apos;t Lose Them</source>
        <translation>À ne pas perdre</translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="118"/>
        <source>The RFM grid needs &quot;levels&quot; between 2 and %1.</source>
        <translation>La grille RFM nécessite des &quot;levels&quot; entre 2 et %1.</translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="122"/>
        <source>The RFM grid has %1 rows for %2 levels; it needs one row per R score.</source>
        <translation>La grille RFM a %1 lignes pour %2 niveaux ; il faut une ligne par score R.</translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="131"/>
        <source>The RFM grid has a row with &quot;r&quot; %1; each R score from 1 to %2 needs exactly one row.</source>
        <translation>La grille RFM a une ligne avec &quot;r&quot; %1 ; chaque score R de 1 à %2 nécessite exactement une ligne.</translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="136"/>
        <source>Row R = %1 of the RFM grid has %2 groups; it needs %3, one per FM score.</source>
        <translation>La ligne R = %1 de la grille RFM a %2 groupes ; il en faut %3, un par score FM.</translation>
    </message>
    <message>
        <location filename="../analysis/rfmgrid.cpp" line="144"/>
        <source>The group for R = %1, FM = %2 of the RFM grid is empty; give it a name.</source>
        <translation>Le groupe pour R = %1, FM = %2 de la grille RFM est vide ; donnez-lui un nom.</translation>
    </message>
</context>
<context>
    <name>swb::RfmGridCommand</name>
    <message>
        <location filename="../ui/rfm/rfmgridcommand.cpp" line="17"/>
        <source>Cell R %1, FM %2 to &quot;%3&quot;</source>
        <extracomment>Undo/Redo text: the RFM grid cell R %1, FM %2 now belongs to the group %3.</extracomment>
        <translation>Cellule R %1, FM %2 vers &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>swb::RfmGroupTableModel</name>
    <message>
        <location filename="../ui/rfm/rfmgrouptablemodel.cpp" line="122"/>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmgrouptablemodel.cpp" line="137"/>
        <source>Double-click to open the group in the segment builder.</source>
        <translation>Double-cliquez pour ouvrir le groupe dans l&apos;éditeur de segments.</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmgrouptablemodel.cpp" line="139"/>
        <source>Not available: no customer of this group has a value, or the field role is missing.</source>
        <translation>Non disponible : aucun client de ce groupe n&apos;a de valeur, ou le rôle du champ est manquant.</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmgrouptablemodel.cpp" line="141"/>
        <source>Customers without a value, left out: %1</source>
        <translation>Clients sans valeur, non pris en compte : %1</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmgrouptablemodel.cpp" line="165"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmgrouptablemodel.cpp" line="167"/>
        <source>Share of customers</source>
        <translation>Part des clients</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmgrouptablemodel.cpp" line="169"/>
        <source>Mean recency (days)</source>
        <translation>Récence moyenne (jours)</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmgrouptablemodel.cpp" line="171"/>
        <source>Mean frequency (orders)</source>
        <translation>Fréquence moyenne (commandes)</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmgrouptablemodel.cpp" line="173"/>
        <source>Mean monetary value</source>
        <translation>Montant moyen</translation>
    </message>
</context>
<context>
    <name>swb::RfmOverviewReader</name>
    <message>
        <location filename="../model/analytics/rfmoverview.cpp" line="102"/>
        <source>The workspace has no customers yet: import a customer file first.</source>
        <translation>L&apos;espace de travail ne contient encore aucun client : importez d&apos;abord un fichier de clients.</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmoverview.cpp" line="174"/>
        <source>Reading the RFM analysis was cancelled.</source>
        <translation>La lecture de l&apos;analyse RFM a été annulée.</translation>
    </message>
</context>
<context>
    <name>swb::RfmPage</name>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="53"/>
        <source>Groups of the latest run:</source>
        <translation>Groupes de la dernière exécution :</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="77"/>
        <source>Cannot read the RFM groups: %1</source>
        <translation>Impossible de lire les groupes RFM : %1</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="100"/>
        <source>%1 levels</source>
        <translation>%1 niveaux</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="102"/>
        <source>How many scores R, F and M each have; the named groups are defined for 3, 4 and 5.</source>
        <translation>Nombre de scores pour R, F et M ; les groupes nommés sont définis pour 3, 4 et 5.</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="103"/>
        <source>&amp;Run RFM</source>
        <translation>&amp;Lancer le RFM</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="105"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="120"/>
        <location filename="../ui/rfm/rfmpage.cpp" line="464"/>
        <source>Save Groups as Segments</source>
        <translation>Enregistrer les groupes comme segments</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="122"/>
        <source>Saves one static segment per group (&quot;RFM: Champions&quot;, …), replacing those of an earlier save.</source>
        <translation>Enregistre un segment statique par groupe (&quot;RFM: Champions&quot;, …), en remplaçant ceux d&apos;un enregistrement précédent.</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="124"/>
        <location filename="../ui/rfm/rfmpage.cpp" line="181"/>
        <source>Open Group in Builder</source>
        <translation>Ouvrir le groupe dans l&apos;éditeur</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="126"/>
        <source>Opens the group chosen in the table as a dynamic definition on rfm_group.</source>
        <translation>Ouvre le groupe choisi dans le tableau comme définition dynamique sur rfm_group.</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="127"/>
        <source>Scores:</source>
        <translation>Scores :</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="144"/>
        <source>Customers per R and FM score</source>
        <translation>Clients par score R et FM</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="145"/>
        <source>Recency score (R)</source>
        <translation>Score de récence (R)</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="145"/>
        <source>Frequency and monetary score (FM)</source>
        <translation>Score de fréquence et de montant (FM)</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="146"/>
        <location filename="../ui/rfm/rfmpage.cpp" line="345"/>
        <source>No RFM run yet: choose the levels and click Run RFM.</source>
        <translation>Aucune exécution RFM pour l&apos;instant : choisissez les niveaux et cliquez sur Lancer le RFM.</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="156"/>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="157"/>
        <source>Transitions</source>
        <translation>Transitions</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="158"/>
        <source>Click a cell to give its customers another group.</source>
        <translation>Cliquez sur une cellule pour attribuer un autre groupe à ses clients.</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="184"/>
        <source>Copy as TSV</source>
        <translation>Copier en TSV</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="197"/>
        <source>RFM groups</source>
        <translation>Groupes RFM</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="200"/>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="202"/>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="252"/>
        <source>Open a workspace with customers and orders to score them.</source>
        <translation>Ouvrez un espace de travail contenant des clients et des commandes pour les noter.</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="257"/>
        <source>Reading the RFM groups…</source>
        <translation>Lecture des groupes RFM…</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="289"/>
        <source>Scoring the customers…</source>
        <translation>Notation des clients…</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="304"/>
        <source>Run %1: %2 customers scored, %3 without orders.</source>
        <translation>Exécution %1 : %2 clients notés, %3 sans commande.</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="341"/>
        <source>Run %1 as of %2: %3 customers scored, %4 without orders.</source>
        <translation>Exécution %1 au %2 : %3 clients notés, %4 sans commande.</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="401"/>
        <source>Group of R %1, FM %2</source>
        <translation>Groupe de R %1, FM %2</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="410"/>
        <source>Open &quot;%1&quot; in Builder</source>
        <translation>Ouvrir &quot;%1&quot; dans l&apos;éditeur</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmpage.cpp" line="435"/>
        <source>RFM Grid</source>
        <translation>Grille RFM</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/rfm/rfmpage.cpp" line="469"/>
        <source>Saved %n RFM group(s) as static segments (&quot;RFM: Champions&quot;, …).</source>
        <translation>
            <numerusform>%n groupe RFM enregistré comme segment statique (&quot;RFM: Champions&quot;, …).</numerusform>
            <numerusform>%n groupes RFM enregistrés comme segments statiques (&quot;RFM: Champions&quot;, …).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::RfmService</name>
    <message>
        <location filename="../model/analytics/rfmservice.cpp" line="18"/>
        <source>The workspace could not be changed.</source>
        <translation>L&apos;espace de travail n&apos;a pas pu être modifié.</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmservice.cpp" line="35"/>
        <source>Running the RFM analysis</source>
        <translation>Exécution de l&apos;analyse RFM</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmservice.cpp" line="45"/>
        <source>The RFM analysis was cancelled.</source>
        <translation>L&apos;analyse RFM a été annulée.</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmservice.cpp" line="61"/>
        <source>Reading the RFM groups</source>
        <translation>Lecture des groupes RFM</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmservice.cpp" line="86"/>
        <source>Reading the RFM transitions</source>
        <translation>Lecture des transitions RFM</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmservice.cpp" line="109"/>
        <source>Storing the RFM grid</source>
        <translation>Enregistrement de la grille RFM</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmservice.cpp" line="122"/>
        <source>Saving the RFM groups as segments</source>
        <translation>Enregistrement des groupes RFM comme segments</translation>
    </message>
    <message>
        <location filename="../model/analytics/rfmservice.cpp" line="138"/>
        <source>The change was not stored: the job was cancelled.</source>
        <translation>La modification n&apos;a pas été enregistrée : la tâche a été annulée.</translation>
    </message>
</context>
<context>
    <name>swb::RfmTransitionsPanel</name>
    <message>
        <location filename="../ui/rfm/rfmtransitionspanel.cpp" line="45"/>
        <source>Customers moving between groups</source>
        <translation>Clients passant d&apos;un groupe à l&apos;autre</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmtransitionspanel.cpp" line="52"/>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmtransitionspanel.cpp" line="54"/>
        <source>To:</source>
        <translation>Vers :</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmtransitionspanel.cpp" line="66"/>
        <source>Cannot read the transitions: %1</source>
        <translation>Impossible de lire les transitions : %1</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmtransitionspanel.cpp" line="107"/>
        <source>Run %1 (as of %2)</source>
        <extracomment>A run in the transition tab&apos;s choice: its number and the as-of date it scored.</extracomment>
        <translation>Exécution %1 (au %2)</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmtransitionspanel.cpp" line="148"/>
        <source>Run the RFM analysis twice (for example a month apart) to see how customers move between the groups.</source>
        <translation>Lancez l&apos;analyse RFM deux fois (par exemple à un mois d&apos;intervalle) pour voir comment les clients passent d&apos;un groupe à l&apos;autre.</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmtransitionspanel.cpp" line="174"/>
        <source>From run %1 (%2)</source>
        <extracomment>Axis titles of the transition heat map: run number and as-of date.</extracomment>
        <translation>De l&apos;exécution %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmtransitionspanel.cpp" line="175"/>
        <source>To run %1 (%2)</source>
        <translation>Vers l&apos;exécution %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/rfm/rfmtransitionspanel.cpp" line="176"/>
        <source>No customer was scored in either run.</source>
        <translation>Aucun client n&apos;a été noté dans l&apos;une ou l&apos;autre exécution.</translation>
    </message>
</context>
<context>
    <name>swb::RoleAssignment</name>
    <message>
        <location filename="../model/import/roleassignment.cpp" line="44"/>
        <source>The table %1 has no column &quot;%2&quot;. Run swb fields --db WS --table %1 to see the columns.</source>
        <translation>La table %1 n&apos;a pas de colonne &quot;%2&quot;. Lancez swb fields --db WS --table %1 pour voir les colonnes.</translation>
    </message>
    <message>
        <location filename="../model/import/roleassignment.cpp" line="49"/>
        <source>The column &quot;%1&quot; is of type %2, which cannot have the role %3 (%4). Choose a column of a fitting type, or import the file again with --type %1=TYPE.</source>
        <translation>La colonne &quot;%1&quot; est de type %2, qui ne peut pas avoir le rôle %3 (%4). Choisissez une colonne d&apos;un type adapté, ou importez à nouveau le fichier avec --type %1=TYPE.</translation>
    </message>
    <message>
        <location filename="../model/import/roleassignment.cpp" line="53"/>
        <source>the role needs another type</source>
        <translation>le rôle nécessite un autre type</translation>
    </message>
    <message>
        <location filename="../model/import/roleassignment.cpp" line="54"/>
        <source>a date role needs a date column; dates written as 19970101 are read as dates with --type COLUMN=date</source>
        <translation>un rôle de date nécessite une colonne de date ; les dates écrites comme 19970101 sont lues comme des dates avec --type COLONNE=date</translation>
    </message>
    <message>
        <location filename="../model/import/roleassignment.cpp" line="62"/>
        <source>The workspace is busy or cannot be written: %1</source>
        <translation>L&apos;espace de travail est occupé ou ne peut pas être écrit : %1</translation>
    </message>
</context>
<context>
    <name>swb::RowInserter</name>
    <message>
        <location filename="../model/import/rowinserter.cpp" line="109"/>
        <source>Writing the record of line %1 failed: %2</source>
        <translation>L&apos;écriture de l&apos;enregistrement de la ligne %1 a échoué : %2</translation>
    </message>
    <message>
        <location filename="../model/import/rowinserter.cpp" line="133"/>
        <source>Writing the records of lines %1 to %2 failed: %3</source>
        <translation>L&apos;écriture des enregistrements des lignes %1 à %2 a échoué : %3</translation>
    </message>
</context>
<context>
    <name>swb::RuleChecker</name>
    <message>
        <location filename="../ui/filter/definition/rulechecker.cpp" line="39"/>
        <source>Choose the column whose distinct values are counted.</source>
        <translation>Choisissez la colonne dont les valeurs distinctes sont comptées.</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/rulechecker.cpp" line="42"/>
        <source>Enter the number of days of the time window.</source>
        <translation>Saisissez le nombre de jours de la période.</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/rulechecker.cpp" line="44"/>
        <source>Enter the first day of the time window.</source>
        <translation>Saisissez le premier jour de la période.</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/rulechecker.cpp" line="46"/>
        <source>Enter the last day of the time window.</source>
        <translation>Saisissez le dernier jour de la période.</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/rulechecker.cpp" line="55"/>
        <source>Complete the condition on the order lines: %1</source>
        <translation>Complétez la condition sur les lignes de commande : %1</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/rulechecker.cpp" line="63"/>
        <source>Choose a field.</source>
        <translation>Choisissez un champ.</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/rulechecker.cpp" line="65"/>
        <source>Choose an operator.</source>
        <translation>Choisissez un opérateur.</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/rulechecker.cpp" line="74"/>
        <source>Enter a value.</source>
        <translation>Saisissez une valeur.</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/rulechecker.cpp" line="77"/>
        <source>Enter a number of days.</source>
        <translation>Saisissez un nombre de jours.</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/rulechecker.cpp" line="82"/>
        <source>Add at least one value.</source>
        <translation>Ajoutez au moins une valeur.</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/rulechecker.cpp" line="87"/>
        <source>Enter both values.</source>
        <translation>Saisissez les deux valeurs.</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/rulechecker.cpp" line="114"/>
        <source>A rule is invalid: %1</source>
        <translation>Une règle n&apos;est pas valide : %1</translation>
    </message>
</context>
<context>
    <name>swb::RuleWidget</name>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="77"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="77"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="99"/>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="175"/>
        <source>Mute: leave this rule out without deleting it</source>
        <translation>Désactiver : ignorer cette règle sans la supprimer</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="100"/>
        <source>Remove rule (Delete)</source>
        <translation>Supprimer la règle (Suppr)</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="116"/>
        <source>Change of the count by this rule</source>
        <translation>Variation du comptage due à cette règle</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="117"/>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="177"/>
        <source>Mute rule</source>
        <translation>Désactiver la règle</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="118"/>
        <source>Remove rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="119"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="120"/>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="140"/>
        <source>Choose field %1</source>
        <translation>Choisir le champ %1</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="146"/>
        <source>Choose operator %1</source>
        <translation>Choisir l&apos;opérateur %1</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="176"/>
        <source>Unmute: count this rule again</source>
        <translation>Réactiver : compter de nouveau cette règle</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="177"/>
        <source>Unmute rule</source>
        <translation>Réactiver la règle</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="202"/>
        <source>empty rule</source>
        <translation>règle vide</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="203"/>
        <source>Rule %1 of %2: %3</source>
        <translation>Règle %1 sur %2 : %3</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="217"/>
        <source>Value %1</source>
        <translation>Valeur %1</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="297"/>
        <source>Edit value</source>
        <translation>Modifier la valeur</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="322"/>
        <source>Muted: left out of the count.</source>
        <translation>Désactivée : non prise en compte dans le comptage.</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/rulewidget.cpp" line="327"/>
        <source>%1 Until then the rule is left out of the count.</source>
        <translation>%1 D&apos;ici là, la règle n&apos;est pas prise en compte dans le comptage.</translation>
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
            <numerusform>%1 (%2) : %n point affiché, centré sur %3 %4, %5 %6</numerusform>
            <numerusform>%1 (%2) : %n points affichés, centrés sur %3 %4, %5 %6</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/scatterplot.cpp" line="292"/>
        <source>%1 (%2): %n points drawn, centred at %3 %4, %5 %6</source>
        <translation>
            <numerusform>%1 (%2) : %n point affiché, centré sur %3 %4, %5 %6</numerusform>
            <numerusform>%1 (%2) : %n points affichés, centrés sur %3 %4, %5 %6</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/charts/scatterplot.cpp" line="326"/>
        <source>Customer %1
%2</source>
        <extracomment>Tooltip of a point of the scatter chart: the customer&apos;s key, then the cluster&apos;s name.</extracomment>
        <translation>Client %1
%2</translation>
    </message>
</context>
<context>
    <name>swb::SearchListPopup</name>
    <message>
        <location filename="../ui/filter/rows/searchlistpopup.cpp" line="25"/>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <location filename="../ui/filter/rows/searchlistpopup.cpp" line="63"/>
        <source>Nothing matches.</source>
        <translation>Aucun résultat.</translation>
    </message>
</context>
<context>
    <name>swb::SegmentBuilderPage</name>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="48"/>
        <source>Open or create a workspace to build segments.</source>
        <translation>Ouvrez ou créez un espace de travail pour construire des segments.</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="88"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="93"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="94"/>
        <source>The definition has unsaved changes. Start a new one anyway?</source>
        <translation>La définition contient des modifications non enregistrées. En commencer une nouvelle quand même ?</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="97"/>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="348"/>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="392"/>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="417"/>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="452"/>
        <source>Save segment</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="98"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="99"/>
        <source>Add rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="100"/>
        <source>Add order rule</source>
        <translation>Ajouter une règle de commande</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="102"/>
        <source>Add group</source>
        <translation>Ajouter un groupe</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="104"/>
        <source>Remove rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="109"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="112"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="117"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="119"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="126"/>
        <source>Undo %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="128"/>
        <source>Redo %1</source>
        <translation>Rétablir : %1</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="153"/>
        <source>Open ▾</source>
        <extracomment>Button with a menu of the saved segments</extracomment>
        <translation>Ouvrir ▾</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="155"/>
        <source>Open a saved segment for editing</source>
        <translation>Ouvrir un segment enregistré pour le modifier</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="231"/>
        <source>Follow the rename of &quot;%1&quot;</source>
        <translation>Suivre le renommage de &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="306"/>
        <source>There is no segment called &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun segment nommé &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="309"/>
        <source>The definition has unsaved changes. Open &quot;%1&quot; anyway?</source>
        <translation>La définition contient des modifications non enregistrées. Ouvrir &quot;%1&quot; quand même ?</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="337"/>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="342"/>
        <source>New segment</source>
        <translation>Nouveau segment</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="342"/>
        <source>Segment “%1”</source>
        <translation>Segment « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="344"/>
        <source>%1 (unsaved changes)</source>
        <translation>%1 (modifications non enregistrées)</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="346"/>
        <source>%1 (saving…)</source>
        <translation>%1 (enregistrement…)</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="348"/>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="452"/>
        <source>Update segment</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="371"/>
        <source>%1 (static: build on its members)</source>
        <translation>%1 (statique : construire sur ses membres)</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="376"/>
        <source>Open segment</source>
        <translation>Ouvrir le segment</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="380"/>
        <source>No saved segments yet</source>
        <translation>Aucun segment enregistré pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="390"/>
        <source>%n rule is incomplete; complete or remove it first.</source>
        <translation>
            <numerusform>%n règle est incomplète ; complétez-la ou supprimez-la d&apos;abord.</numerusform>
            <numerusform>%n règles sont incomplètes ; complétez-les ou supprimez-les d&apos;abord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="391"/>
        <source>%n rules are incomplete; complete or remove them first.</source>
        <translation>
            <numerusform>%n règle est incomplète ; complétez-la ou supprimez-la d&apos;abord.</numerusform>
            <numerusform>%n règles sont incomplètes ; complétez-les ou supprimez-les d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="392"/>
        <source>The segment cannot be saved yet: %1</source>
        <translation>Le segment ne peut pas encore être enregistré : %1</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="417"/>
        <source>Name of the new segment:</source>
        <translation>Nom du nouveau segment :</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="420"/>
        <source>A segment called &quot;%1&quot; exists already.</source>
        <translation>Un segment nommé &quot;%1&quot; existe déjà.</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="444"/>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="445"/>
        <source>The segment is being saved; wait until that has finished.</source>
        <translation>Le segment est en cours d&apos;enregistrement ; attendez la fin de l&apos;opération.</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmentbuilderpage.cpp" line="446"/>
        <source>Complete or remove the incomplete rules first.</source>
        <translation>Complétez ou supprimez d&apos;abord les règles incomplètes.</translation>
    </message>
</context>
<context>
    <name>swb::SegmentChecklist</name>
    <message>
        <location filename="../ui/dashboard/segmentchecklist.cpp" line="69"/>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/segmentchecklist.cpp" line="72"/>
        <source>Always shown: every segment&apos;s lift compares with all customers.</source>
        <translation>Toujours affiché : le lift de chaque segment est calculé par rapport à tous les clients.</translation>
    </message>
</context>
<context>
    <name>swb::SegmentChooser</name>
    <message>
        <location filename="../ui/dashboard/segmentchooser.cpp" line="17"/>
        <source>Choose the segments the table and the charts show</source>
        <translation>Choisir les segments affichés dans le tableau et les graphiques</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/segmentchooser.cpp" line="31"/>
        <source>Segments: %1 of %2</source>
        <extracomment>The button that opens the Dashboard&apos;s list of segments: %1 checked of %2 saved.</extracomment>
        <translation>Segments : %1 sur %2</translation>
    </message>
</context>
<context>
    <name>swb::SegmentEditor</name>
    <message>
        <location filename="../ui/filter/segmenteditor.cpp" line="142"/>
        <source>Fix the rule marked in red to see the count.</source>
        <translation>Corrigez la règle marquée en rouge pour voir le nombre.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/filter/segmenteditor.cpp" line="158"/>
        <source>%n incomplete rule left out</source>
        <translation>
            <numerusform>%n règle incomplète ignorée</numerusform>
            <numerusform>%n règles incomplètes ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/filter/segmenteditor.cpp" line="159"/>
        <source>%n incomplete rules left out</source>
        <translation>
            <numerusform>%n règle incomplète ignorée</numerusform>
            <numerusform>%n règles incomplètes ignorées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/filter/segmenteditor.cpp" line="161"/>
        <source>each rule&apos;s number is shown for at most %1 rules</source>
        <translation>le nombre de chaque règle est affiché pour %1 règles au maximum</translation>
    </message>
    <message>
        <location filename="../ui/filter/segmenteditor.cpp" line="172"/>
        <source>Without this rule the segment would have %1 customers; this rule alone matches %2.</source>
        <translation>Sans cette règle, le segment compterait %1 clients ; cette règle seule en sélectionne %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/filter/segmenteditor.cpp" line="186"/>
        <source>%n incomplete rule is left out until it is complete.</source>
        <translation>
            <numerusform>%n règle incomplète est ignorée jusqu&apos;à ce qu&apos;elle soit complète.</numerusform>
            <numerusform>%n règles incomplètes sont ignorées jusqu&apos;à ce qu&apos;elles soient complètes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/filter/segmenteditor.cpp" line="188"/>
        <source>%n incomplete rules are left out until they are complete.</source>
        <translation>
            <numerusform>%n règle incomplète est ignorée jusqu&apos;à ce qu&apos;elle soit complète.</numerusform>
            <numerusform>%n règles incomplètes sont ignorées jusqu&apos;à ce qu&apos;elles soient complètes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/filter/segmenteditor.cpp" line="197"/>
        <source>The definition cannot be described yet. %1</source>
        <translation>La définition ne peut pas encore être décrite. %1</translation>
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
        <translation>%1 : segment dynamique, réévalué sur les données actuelles</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="105"/>
        <source>%1: static segment, a frozen list of customers</source>
        <translation>%1 : segment statique, une liste figée de clients</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="109"/>
        <source>Cannot be counted: %1</source>
        <translation>Comptage impossible : %1</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentlistmodel.cpp" line="111"/>
        <source>A change of this segment is being saved.</source>
        <translation>Une modification de ce segment est en cours d&apos;enregistrement.</translation>
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
        <translation>Clients</translation>
    </message>
</context>
<context>
    <name>swb::SegmentNameDialog</name>
    <message>
        <location filename="../ui/segments/segmentnamedialog.cpp" line="52"/>
        <source>Enter a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentnamedialog.cpp" line="54"/>
        <source>A segment name cannot contain a comma: definitions list segment names separated by commas.</source>
        <translation>Un nom de segment ne peut pas contenir de virgule : les définitions listent les noms de segments séparés par des virgules.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentnamedialog.cpp" line="56"/>
        <source>Use at most 100 characters.</source>
        <translation>Utilisez au maximum 100 caractères.</translation>
    </message>
</context>
<context>
    <name>swb::SegmentOperations</name>
    <message>
        <location filename="../model/jobs/segmentoperations.cpp" line="130"/>
        <source>Renaming the segment &quot;%1&quot;</source>
        <translation>Renommage du segment &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../model/jobs/segmentoperations.cpp" line="137"/>
        <source>Duplicating the segment &quot;%1&quot;</source>
        <translation>Duplication du segment &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../model/jobs/segmentoperations.cpp" line="143"/>
        <source>Deleting the segment &quot;%1&quot;</source>
        <translation>Suppression du segment &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../model/jobs/segmentoperations.cpp" line="151"/>
        <location filename="../model/jobs/segmentoperations.cpp" line="159"/>
        <source>Saving the segment &quot;%1&quot;</source>
        <translation>Enregistrement du segment &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../model/jobs/segmentoperations.cpp" line="164"/>
        <source>Taking a snapshot of &quot;%1&quot;</source>
        <translation>Création d&apos;un instantané de &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../model/jobs/segmentoperations.cpp" line="171"/>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
    <message>
        <location filename="../model/jobs/segmentoperations.cpp" line="250"/>
        <location filename="../model/jobs/segmentoperations.cpp" line="262"/>
        <source>Reading the saved segments</source>
        <translation>Lecture des segments enregistrés</translation>
    </message>
    <message>
        <location filename="../model/jobs/segmentoperations.cpp" line="271"/>
        <source>Reading the segments&apos; snapshots</source>
        <translation>Lecture des instantanés des segments</translation>
    </message>
    <message>
        <location filename="../model/jobs/segmentoperations.cpp" line="283"/>
        <source>Counting the segments&apos; customers</source>
        <translation>Comptage des clients des segments</translation>
    </message>
    <message>
        <location filename="../model/jobs/segmentoperations.cpp" line="295"/>
        <source>Reading the values of %1</source>
        <translation>Lecture des valeurs de %1</translation>
    </message>
</context>
<context>
    <name>swb::SegmentPage</name>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="39"/>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="40"/>
        <source>static</source>
        <translation>statique</translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="40"/>
        <source>dynamic</source>
        <translation>dynamique</translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="42"/>
        <source>Segment %1 of %2 · %3 · %4 customers (%5 of all)</source>
        <extracomment>Under a segment&apos;s name: its number in the report, its kind (dynamic/static), its size and share of all.</extracomment>
        <translation>Segment %1 sur %2 · %3 · %4 clients (%5 du total)</translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="46"/>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="48"/>
        <source>All customers.</source>
        <translation>Tous les clients.</translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="66"/>
        <source>KPIs against all customers</source>
        <translation>KPI par rapport à tous les clients</translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="68"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="68"/>
        <source>This segment</source>
        <translation>Ce segment</translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="68"/>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="68"/>
        <source>Lift (100 = same)</source>
        <translation>Lift (100 = identique)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/segmentpage.cpp" line="89"/>
        <source>Customers at each month end, last %n month(s)</source>
        <translation>
            <numerusform>Clients à chaque fin de mois, %n dernier mois</numerusform>
            <numerusform>Clients à chaque fin de mois, %n derniers mois</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="103"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="116"/>
        <source>Where this segment differs most from all customers</source>
        <translation>Là où ce segment diffère le plus de l&apos;ensemble des clients</translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="118"/>
        <source>No field differs.</source>
        <translation>Aucun champ ne diffère.</translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="124"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="124"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="124"/>
        <source>In this segment</source>
        <translation>Dans ce segment</translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="124"/>
        <source>Of all customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="125"/>
        <source>Difference (percentage points)</source>
        <translation>Écart (points de pourcentage)</translation>
    </message>
    <message>
        <location filename="../ui/report/segmentpage.cpp" line="144"/>
        <source>Not available: %1</source>
        <translation>Non disponible : %1</translation>
    </message>
</context>
<context>
    <name>swb::SegmentRepository</name>
    <message>
        <location filename="../model/jobs/segmentoperations.cpp" line="82"/>
        <location filename="../model/segments/segmentrepository.cpp" line="474"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../model/segments/segmentrepository.cpp" line="102"/>
        <source>A segment needs a name.</source>
        <translation>Un segment doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../model/segments/segmentrepository.cpp" line="104"/>
        <source>A segment name cannot start or end with spaces.</source>
        <translation>Un nom de segment ne peut pas commencer ni se terminer par des espaces.</translation>
    </message>
    <message>
        <location filename="../model/segments/segmentrepository.cpp" line="109"/>
        <source>A segment name cannot contain line breaks, tabs or other control characters.</source>
        <translation>Un nom de segment ne peut pas contenir de retours à la ligne, de tabulations ni d&apos;autres caractères de contrôle.</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/segments/segmentrepository.cpp" line="113"/>
        <source>A segment name can be at most 200 characters long (this one has %n).</source>
        <translation>
            <numerusform>Un nom de segment peut comporter au maximum 200 caractères (celui-ci en a %n).</numerusform>
            <numerusform>Un nom de segment peut comporter au maximum 200 caractères (celui-ci en a %n).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/segments/segmentrepository.cpp" line="116"/>
        <source>A segment name cannot contain a comma (&quot;%1&quot;): definitions list segment names separated by commas.</source>
        <translation>Un nom de segment ne peut pas contenir de virgule (&quot;%1&quot;) : les définitions listent les noms de segments séparés par des virgules.</translation>
    </message>
    <message>
        <location filename="../model/segments/segmentrepository.cpp" line="91"/>
        <source>A segment called &quot;%1&quot; exists already; choose another name.</source>
        <translation>Un segment nommé &quot;%1&quot; existe déjà ; choisissez un autre nom.</translation>
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
        <translation>Il n&apos;existe aucun segment nommé &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgsegmentedits.cpp" line="167"/>
        <location filename="../model/segments/segmentrepository.cpp" line="193"/>
        <source>&quot;%1&quot; is a static segment: its members are frozen. Save the definition as a new segment instead.</source>
        <translation>&quot;%1&quot; est un segment statique : ses membres sont figés. Enregistrez plutôt la définition comme nouveau segment.</translation>
    </message>
    <message>
        <location filename="../model/segments/segmentrepository.cpp" line="242"/>
        <source>The workspace has no customers yet: import a customer file first.</source>
        <translation>L&apos;espace de travail ne contient encore aucun client : importez d&apos;abord un fichier de clients.</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgsegmentedits.cpp" line="106"/>
        <location filename="../model/segments/segmentrepository.cpp" line="461"/>
        <source>&quot;%1&quot; cannot be deleted: the segments %2 refer to it. Change or delete them first.</source>
        <translation>&quot;%1&quot; ne peut pas être supprimé : les segments %2 y font référence. Modifiez-les ou supprimez-les d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../model/postgres/pgsegments.cpp" line="123"/>
        <location filename="../model/segments/segmentrepository.cpp" line="571"/>
        <source>Name at least one segment to compare.</source>
        <translation>Indiquez au moins un segment à comparer.</translation>
    </message>
</context>
<context>
    <name>swb::SegmentTasks</name>
    <message>
        <location filename="../model/jobs/segmenttasks.cpp" line="26"/>
        <source>The workspace is busy: another program is writing to it. Try again when it has finished.</source>
        <translation>L&apos;espace de travail est occupé : un autre programme est en train d&apos;y écrire. Réessayez lorsqu&apos;il aura terminé.</translation>
    </message>
    <message>
        <location filename="../model/jobs/segmenttasks.cpp" line="53"/>
        <source>The change was not made: it was cancelled.</source>
        <translation>La modification n&apos;a pas été effectuée : elle a été annulée.</translation>
    </message>
</context>
<context>
    <name>swb::SegmentWords</name>
    <message>
        <location filename="../model/segments/segmentwords.cpp" line="14"/>
        <source>The definition cannot be described: %1</source>
        <translation>La définition ne peut pas être décrite : %1</translation>
    </message>
    <message>
        <location filename="../model/segments/segmentwords.cpp" line="19"/>
        <source>A fixed list of customers (static segment).</source>
        <translation>Une liste fixe de clients (segment statique).</translation>
    </message>
    <message>
        <location filename="../model/segments/segmentwords.cpp" line="20"/>
        <source>A fixed list of customers (static segment), taken from: %1</source>
        <translation>Une liste fixe de clients (segment statique), issue de : %1</translation>
    </message>
</context>
<context>
    <name>swb::SegmentsDock</name>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="38"/>
        <source>Filter segments…</source>
        <translation>Filtrer les segments…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="114"/>
        <source>Open in builder</source>
        <translation>Ouvrir dans l&apos;éditeur</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="115"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="116"/>
        <source>Duplicate…</source>
        <translation>Dupliquer…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="117"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="118"/>
        <source>Take snapshot</source>
        <translation>Prendre un instantané</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="119"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="120"/>
        <source>Export history…</source>
        <translation>Historique des exportations…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="127"/>
        <source>Who exported the segment when, with which columns and PII policy</source>
        <translation>Qui a exporté le segment, quand, avec quelles colonnes et quelle règle de données personnelles</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="128"/>
        <source>Freeze the current members and KPIs, to compare later how the segment changed</source>
        <translation>Figer les membres et les KPI actuels, pour comparer plus tard l&apos;évolution du segment</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="190"/>
        <source>Open a workspace to see its segments.</source>
        <translation>Ouvrez un espace de travail pour voir ses segments.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="192"/>
        <source>No saved segments yet. Build one in the segment builder and save it with Ctrl+S.</source>
        <translation>Aucun segment enregistré pour l&apos;instant. Construisez-en un dans l&apos;éditeur de segments et enregistrez-le avec Ctrl+S.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/segments/segmentsdock.cpp" line="195"/>
        <source>No segment name contains &quot;%1&quot;. Clear the filter to see all %n segment(s).</source>
        <translation>
            <numerusform>Aucun nom de segment ne contient &quot;%1&quot;. Effacez le filtre pour voir %n segment.</numerusform>
            <numerusform>Aucun nom de segment ne contient &quot;%1&quot;. Effacez le filtre pour voir les %n segments.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="293"/>
        <source>Renaming &quot;%1&quot; to &quot;%2&quot;…</source>
        <translation>Renommage de &quot;%1&quot; en &quot;%2&quot;…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="295"/>
        <location filename="../ui/segments/segmentsdock.cpp" line="349"/>
        <source>Rename segment</source>
        <translation>Renommer le segment</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="311"/>
        <source>Copying &quot;%1&quot; to &quot;%2&quot;…</source>
        <translation>Copie de &quot;%1&quot; vers &quot;%2&quot;…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="313"/>
        <location filename="../ui/segments/segmentsdock.cpp" line="369"/>
        <source>Duplicate segment</source>
        <translation>Dupliquer le segment</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="326"/>
        <source>Deleting &quot;%1&quot;…</source>
        <translation>Suppression de &quot;%1&quot;…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="328"/>
        <location filename="../ui/segments/segmentsdock.cpp" line="385"/>
        <source>Delete segment</source>
        <translation>Supprimer le segment</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="349"/>
        <source>New name of the segment &quot;%1&quot;:</source>
        <translation>Nouveau nom du segment &quot;%1&quot; :</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="352"/>
        <location filename="../ui/segments/segmentsdock.cpp" line="372"/>
        <source>A segment called &quot;%1&quot; exists already.</source>
        <translation>Un segment nommé &quot;%1&quot; existe déjà.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="369"/>
        <source>Name of the copy of &quot;%1&quot;:</source>
        <translation>Nom de la copie de &quot;%1&quot; :</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="386"/>
        <source>Delete the segment &quot;%1&quot; and its snapshots? This cannot be undone.</source>
        <translation>Supprimer le segment &quot;%1&quot; et ses instantanés ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="404"/>
        <source>Taking a snapshot of &quot;%1&quot;…</source>
        <translation>Création d&apos;un instantané de &quot;%1&quot;…</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="407"/>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="418"/>
        <source>First snapshot of &quot;%1&quot;: %2 customers. The next snapshot will show who entered and who left.</source>
        <translation>Premier instantané de &quot;%1&quot; : %2 clients. Le prochain instantané montrera qui est entré et qui est sorti.</translation>
    </message>
    <message>
        <location filename="../ui/segments/segmentsdock.cpp" line="420"/>
        <source>Snapshot of &quot;%1&quot;: %2 customers; %3 entered and %4 left since the previous one.</source>
        <translation>Instantané de &quot;%1&quot; : %2 clients ; %3 entrés et %4 sortis depuis le précédent.</translation>
    </message>
</context>
<context>
    <name>swb::Selection</name>
    <message>
        <location filename="../model/selection/selection.cpp" line="112"/>
        <source>all customers</source>
        <translation>tous les clients</translation>
    </message>
    <message>
        <location filename="../model/selection/selection.cpp" line="116"/>
        <source>the definition %1</source>
        <translation>la définition %1</translation>
    </message>
    <message>
        <location filename="../model/selection/selection.cpp" line="119"/>
        <source>the segment &quot;%1&quot;</source>
        <translation>le segment &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../model/selection/selection.cpp" line="121"/>
        <source>no customers</source>
        <translation>aucun client</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/selection/selection.cpp" line="121"/>
        <source>%Ln listed customer(s)</source>
        <translation>
            <numerusform>%Ln client listé</numerusform>
            <numerusform>%Ln clients listés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/selection/selection.cpp" line="123"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location filename="../model/selection/selection.cpp" line="125"/>
        <source>%1 without %2</source>
        <translation>%1 sans %2</translation>
    </message>
    <message>
        <location filename="../model/selection/selection.cpp" line="127"/>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
</context>
<context>
    <name>swb::SelectionSql</name>
    <message>
        <location filename="../model/selection/selectionsql.cpp" line="94"/>
        <source>There is no segment called &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun segment nommé &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>swb::ServerConnectDialog</name>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="24"/>
        <source>Connect to Server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="38"/>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="39"/>
        <source>Saved connections</source>
        <translation>Connexions enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="40"/>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="41"/>
        <source>Remove this saved connection and its password from the secret store</source>
        <translation>Retirer cette connexion enregistrée et son mot de passe du trousseau</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="48"/>
        <source>e.g. Team warehouse</source>
        <translation>p. ex. Entrepôt de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="56"/>
        <source>libpq&apos;s sslmode: &quot;require&quot; encrypts, &quot;verify-full&quot; also checks the server&apos;s certificate and name</source>
        <translation>sslmode de libpq : « require » chiffre, « verify-full » vérifie aussi le certificat et le nom du serveur</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="60"/>
        <source>&amp;Remember the password in the desktop&apos;s secret store</source>
        <translation>&amp;Retenir le mot de passe dans le trousseau du bureau</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="64"/>
        <source>&amp;Saved:</source>
        <translation>&amp;Enregistrées :</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="67"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="68"/>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="69"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="70"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="71"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="72"/>
        <source>&amp;TLS mode:</source>
        <translation>Mode &amp;TLS :</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="73"/>
        <source>Pass&amp;word:</source>
        <translation>Mot de pa&amp;sse :</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="80"/>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="129"/>
        <source>from the secret store</source>
        <translation>depuis le trousseau</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="159"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location filename="../ui/server/serverconnectdialog.cpp" line="161"/>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
</context>
<context>
    <name>swb::ServerProfile</name>
    <message>
        <location filename="../model/postgres/serverprofile.cpp" line="45"/>
        <source>Give the server&apos;s host name or address.</source>
        <translation>Indiquez le nom d&apos;hôte ou l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <location filename="../model/postgres/serverprofile.cpp" line="47"/>
        <source>Give the database that holds the workspace.</source>
        <translation>Indiquez la base de données qui contient l&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../model/postgres/serverprofile.cpp" line="49"/>
        <source>Give the user to connect as.</source>
        <translation>Indiquez l&apos;utilisateur sous lequel se connecter.</translation>
    </message>
</context>
<context>
    <name>swb::SharedColumnStores</name>
    <message>
        <location filename="../model/filter/sharedcolumnstores.cpp" line="52"/>
        <source>Cancelled while another job was loading the customers.</source>
        <translation>Annulé pendant qu&apos;une autre tâche chargeait les clients.</translation>
    </message>
</context>
<context>
    <name>swb::StoreKpis</name>
    <message>
        <location filename="../model/analytics/storekpis.cpp" line="142"/>
        <source>KPIs on &quot;%1&quot; (the column holds values of mixed types: %2)</source>
        <translation>KPI sur &quot;%1&quot; (la colonne contient des valeurs de types différents : %2)</translation>
    </message>
    <message>
        <location filename="../model/analytics/storekpis.cpp" line="143"/>
        <source>not loaded</source>
        <translation>non chargé</translation>
    </message>
</context>
<context>
    <name>swb::StoreSelections</name>
    <message>
        <location filename="../model/selection/storeselections.cpp" line="38"/>
        <source>The workspace has no customers yet: import a customer file first.</source>
        <translation>L&apos;espace de travail ne contient encore aucun client : importez d&apos;abord un fichier de clients.</translation>
    </message>
    <message>
        <location filename="../model/selection/storeselections.cpp" line="70"/>
        <source>Name at least one segment to compare.</source>
        <translation>Indiquez au moins un segment à comparer.</translation>
    </message>
    <message>
        <location filename="../model/selection/storeselections.cpp" line="77"/>
        <source>The overlap computation was cancelled.</source>
        <translation>Le calcul des recouvrements a été annulé.</translation>
    </message>
</context>
<context>
    <name>swb::SweepChart</name>
    <message>
        <location filename="../ui/charts/sweepchart.cpp" line="24"/>
        <source>Choosing k</source>
        <translation>Choix de k</translation>
    </message>
    <message>
        <location filename="../ui/charts/sweepchart.cpp" line="68"/>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <location filename="../ui/charts/sweepchart.cpp" line="73"/>
        <source>k = %1
Inertia: %2
Silhouette: %3
Calinski–Harabasz: %4
Davies–Bouldin: %5</source>
        <translation>k = %1
Inertie : %2
Silhouette : %3
Calinski–Harabasz : %4
Davies–Bouldin : %5</translation>
    </message>
    <message>
        <location filename="../ui/charts/sweepchart.cpp" line="77"/>
        <location filename="../ui/charts/sweepchart.cpp" line="142"/>
        <source>Suggested k</source>
        <translation>k suggéré</translation>
    </message>
    <message>
        <location filename="../ui/charts/sweepchart.cpp" line="78"/>
        <source>Click to show these clusters.</source>
        <translation>Cliquez pour afficher ces clusters.</translation>
    </message>
    <message>
        <location filename="../ui/charts/sweepchart.cpp" line="123"/>
        <location filename="../ui/charts/sweepchart.cpp" line="171"/>
        <source>Inertia</source>
        <translation>Inertie</translation>
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
        <translation>Affiché</translation>
    </message>
    <message>
        <location filename="../ui/charts/sweepchart.cpp" line="165"/>
        <source>Number of clusters (k)</source>
        <translation>Nombre de clusters (k)</translation>
    </message>
    <message>
        <location filename="../ui/charts/sweepchart.cpp" line="171"/>
        <source>Inertia (thousands)</source>
        <translation>Inertie (milliers)</translation>
    </message>
    <message>
        <location filename="../ui/charts/sweepchart.cpp" line="195"/>
        <source>Choosing k: %1 suggested</source>
        <translation>Choix de k : %1 suggéré</translation>
    </message>
</context>
<context>
    <name>swb::TextValueEditor</name>
    <message>
        <location filename="../ui/filter/editors/simplevalueeditors.cpp" line="76"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>swb::TrendCalculator</name>
    <message>
        <location filename="../model/analytics/trendcalculator.cpp" line="176"/>
        <location filename="../model/analytics/trendcalculator.cpp" line="386"/>
        <source>The trend was canceled.</source>
        <translation>La tendance a été annulée.</translation>
    </message>
    <message>
        <location filename="../model/analytics/trendcalculator.cpp" line="198"/>
        <source>&quot;%1&quot; as of %2: %3</source>
        <translation>&quot;%1&quot; au %2 : %3</translation>
    </message>
    <message>
        <location filename="../model/analytics/trendcalculator.cpp" line="215"/>
        <source>The customers or their orders are not loaded.</source>
        <translation>Les clients ou leurs commandes ne sont pas chargés.</translation>
    </message>
    <message>
        <location filename="../model/analytics/trendcalculator.cpp" line="219"/>
        <source>The order lines were matched with other customers than the ones given.</source>
        <translation>Les lignes de commande ont été rapprochées d&apos;autres clients que ceux indiqués.</translation>
    </message>
    <message>
        <location filename="../model/analytics/trendcalculator.cpp" line="223"/>
        <source>A trend needs between 1 and %1 dates; %2 were given.</source>
        <translation>Une tendance nécessite entre 1 et %1 dates ; %2 ont été indiquées.</translation>
    </message>
    <message>
        <location filename="../model/analytics/trendcalculator.cpp" line="230"/>
        <source>The dates of a trend must be ascending.</source>
        <translation>Les dates d&apos;une tendance doivent être croissantes.</translation>
    </message>
    <message>
        <location filename="../model/analytics/trendcalculator.cpp" line="235"/>
        <source>The customers have no fields derived from orders. Import the orders again (swb import FILE --kind orders) to derive them.</source>
        <translation>Les clients n&apos;ont aucun champ dérivé des commandes. Importez à nouveau les commandes (swb import FICHIER --kind orders) pour les dériver.</translation>
    </message>
    <message>
        <location filename="../model/analytics/trendcalculator.cpp" line="256"/>
        <source>The definition of &quot;%1&quot; is not valid: %2</source>
        <translation>La définition de &quot;%1&quot; n&apos;est pas valide : %2</translation>
    </message>
    <message>
        <location filename="../model/analytics/trendcalculator.cpp" line="265"/>
        <source>The trend of &quot;%1&quot; cannot be computed yet: its definition has order rules (@orders). Remove them from a copy of the segment to see its trend.</source>
        <translation>La tendance de &quot;%1&quot; ne peut pas encore être calculée : sa définition contient des règles de commande (@orders). Supprimez-les d&apos;une copie du segment pour voir sa tendance.</translation>
    </message>
</context>
<context>
    <name>swb::TrendPanel</name>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="32"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="33"/>
        <source>Share of base</source>
        <translation>Part de la base</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="34"/>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="35"/>
        <source>Revenue per customer</source>
        <translation>CA par client</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="36"/>
        <source>Average order value</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="37"/>
        <source>Purchase frequency</source>
        <translation>Fréquence d&apos;achat</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="38"/>
        <source>Median recency (days)</source>
        <translation>Récence médiane (jours)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="39"/>
        <source>Churn rate</source>
        <translation>Taux d&apos;attrition</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="40"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="41"/>
        <source>CLV (historical)</source>
        <translation>CLV (historique)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="82"/>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="83"/>
        <source>How far back the back-calculation goes</source>
        <translation>Jusqu&apos;où remonte le calcul rétrospectif</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="85"/>
        <source>Month ends</source>
        <translation>Fins de mois</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="86"/>
        <source>Week ends</source>
        <translation>Fins de semaine</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="90"/>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="91"/>
        <source>Dashed: back-calculated from the order lines (other fields as today); dots: snapshots</source>
        <translation>Tirets : recalculé à partir des lignes de commande (autres champs tels qu&apos;aujourd&apos;hui) ; points : instantanés</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="100"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="225"/>
        <source>Reading the segments&apos; snapshots</source>
        <translation>Lecture des instantanés des segments</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="247"/>
        <source>%1 (snapshots)</source>
        <translation>%1 (instantanés)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="256"/>
        <source>%1, snapshot of %2: %3
%4 entered, %5 left since the snapshot before</source>
        <translation>%1, instantané du %2 : %3
%4 entrés, %5 sortis depuis l&apos;instantané précédent</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="282"/>
        <source>%1, as of %2: %3 (back-calculated)</source>
        <translation>%1, au %2 : %3 (recalculé)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="299"/>
        <source>%1 (back-calculated)</source>
        <translation>%1 (recalculé)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="306"/>
        <source>Whole base (back-calculated)</source>
        <translation>Base entière (recalculée)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="334"/>
        <source>Back-calculating… %1%</source>
        <translation>Calcul rétrospectif… %1 %</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="336"/>
        <source>No back-calculation: %1</source>
        <translation>Pas de calcul rétrospectif : %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="342"/>
        <source>Reading snapshots…</source>
        <translation>Lecture des instantanés…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="344"/>
        <source>The snapshots could not be read: %1</source>
        <translation>Les instantanés n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/trendpanel.cpp" line="350"/>
        <source>No snapshots yet: right-click a segment in the Segments panel → Take snapshot.</source>
        <translation>Aucun instantané pour l&apos;instant : cliquez avec le bouton droit sur un segment dans le panneau Segments → Prendre un instantané.</translation>
    </message>
</context>
<context>
    <name>swb::TrendService</name>
    <message>
        <location filename="../model/analytics/trendservice.cpp" line="71"/>
        <source>The trend was canceled.</source>
        <translation>La tendance a été annulée.</translation>
    </message>
    <message>
        <location filename="../model/analytics/trendservice.cpp" line="127"/>
        <source>Computing the trend</source>
        <translation>Calcul de la tendance</translation>
    </message>
    <message>
        <location filename="../model/analytics/trendservice.cpp" line="157"/>
        <source>Back-calculated from the order lines: orders count, revenue, first and last purchase and average order value as of each date; relative dates count from it; a customer counts from the signup date or the first order. All other fields are taken as they are today.</source>
        <translation>Recalculé à partir des lignes de commande : nombre de commandes, chiffre d&apos;affaires, premier et dernier achat et panier moyen à chaque date ; les dates relatives sont comptées à partir de celle-ci ; un client est compté à partir de sa date d&apos;inscription ou de sa première commande. Tous les autres champs sont pris tels qu&apos;ils sont aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../model/analytics/trendservice.cpp" line="169"/>
        <location filename="../model/analytics/trendservice.cpp" line="203"/>
        <source>The workspace has no customers yet. Import a customers file first.</source>
        <translation>L&apos;espace de travail ne contient encore aucun client. Importez d&apos;abord un fichier de clients.</translation>
    </message>
    <message>
        <location filename="../model/analytics/trendservice.cpp" line="186"/>
        <source>Preparing the data for trends</source>
        <translation>Préparation des données pour les tendances</translation>
    </message>
    <message>
        <location filename="../model/analytics/trendservice.cpp" line="214"/>
        <source>There is no segment called &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun segment nommé &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../model/analytics/trendservice.cpp" line="224"/>
        <source>No month or week ends between %1 and %2: choose a longer range.</source>
        <translation>Aucune fin de mois ou de semaine entre %1 et %2 : choisissez une plage plus longue.</translation>
    </message>
    <message>
        <location filename="../model/analytics/trendservice.cpp" line="226"/>
        <source>Choose at least one month.</source>
        <translation>Choisissez au moins un mois.</translation>
    </message>
    <message>
        <location filename="../model/analytics/trendservice.cpp" line="230"/>
        <source>A trend has at most %1 points; choose a shorter range or monthly steps.</source>
        <translation>Une tendance comporte au maximum %1 points ; choisissez une plage plus courte ou des pas mensuels.</translation>
    </message>
</context>
<context>
    <name>swb::ValueCharts</name>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="35"/>
        <location filename="../ui/value/valuecharts.cpp" line="97"/>
        <source>Later purchases by earlier purchases (x)</source>
        <translation>Achats ultérieurs selon les achats antérieurs (x)</translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="36"/>
        <source>Purchases per customer</source>
        <translation>Achats par client</translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="39"/>
        <source>Customers by predicted CLV</source>
        <translation>Clients par CLV prévue</translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="40"/>
        <location filename="../ui/value/valuecharts.cpp" line="47"/>
        <location filename="../ui/value/valuecharts.cpp" line="120"/>
        <location filename="../ui/value/valuecharts.cpp" line="122"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="46"/>
        <source>Customers by probability of being active, P(alive)</source>
        <translation>Clients par probabilité d&apos;être actifs, P(actif)</translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="51"/>
        <source>Repeat purchases after the calibration end</source>
        <translation>Achats répétés après la fin de calibration</translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="52"/>
        <source>Repeat purchases (cumulative)</source>
        <translation>Achats répétés (cumulés)</translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="54"/>
        <source>Backtest</source>
        <translation>Backtest</translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="55"/>
        <source>Tracking</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="56"/>
        <source>Predicted CLV</source>
        <translation>CLV prévue</translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="57"/>
        <source>P(alive)</source>
        <translation>P(actif)</translation>
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
        <translation>Réel</translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="90"/>
        <location filename="../ui/value/valuecharts.cpp" line="102"/>
        <source>Predicted</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="92"/>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="99"/>
        <source>Purchases per customer in %1 weeks</source>
        <translation>Achats par client en %1 semaines</translation>
    </message>
    <message>
        <location filename="../ui/value/valuecharts.cpp" line="111"/>
        <source>Backtest: no orders after the calibration end. Choose an earlier calibration end to compare predictions with what happened.</source>
        <translation>Backtest : aucune commande après la fin de calibration. Choisissez une fin de calibration antérieure pour comparer les prévisions avec ce qui s&apos;est passé.</translation>
    </message>
</context>
<context>
    <name>swb::ValueEditor</name>
    <message>
        <location filename="../ui/filter/editors/valueeditor.cpp" line="123"/>
        <source> days ago</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../ui/filter/editors/valueeditor.cpp" line="123"/>
        <source> days</source>
        <translation> derniers jours</translation>
    </message>
</context>
<context>
    <name>swb::ValueFormat</name>
    <message>
        <location filename="../ui/customers/valueformat.cpp" line="81"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../ui/customers/valueformat.cpp" line="82"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>swb::ValuePage</name>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="54"/>
        <source>Fitted &amp;parameters</source>
        <translation>&amp;Paramètres ajustés</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="76"/>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="96"/>
        <source>The models learn from the orders up to this day; later orders test their predictions. The saved predictions look ahead from this day: choose the as-of date to predict from today.</source>
        <translation>Les modèles apprennent à partir des commandes jusqu&apos;à ce jour ; les commandes ultérieures testent leurs prévisions. Les prévisions enregistrées se projettent à partir de ce jour : choisissez la date de référence pour prévoir à partir d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="103"/>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="104"/>
        <source>How far ahead the predicted CLV and expected purchases reach.</source>
        <translation>Jusqu&apos;où portent la CLV prévue et les achats attendus.</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="110"/>
        <source>% a year</source>
        <translation>% par an</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="111"/>
        <source>Money later is worth less: the predicted CLV discounts each month at this rate.</source>
        <translation>L&apos;argent futur vaut moins : la CLV prévue actualise chaque mois à ce taux.</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="112"/>
        <source>&amp;Fit Models</source>
        <translation>A&amp;juster les modèles</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="114"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="115"/>
        <source>Fits the purchase and spend models on the orders (%1).</source>
        <translation>Ajuste les modèles d&apos;achat et de dépense sur les commandes (%1).</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="117"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="127"/>
        <source>Ca&amp;libration end:</source>
        <translation>Fin de ca&amp;libration :</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="129"/>
        <source>&amp;Horizon:</source>
        <translation>&amp;Horizon :</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="131"/>
        <source>&amp;Discount rate:</source>
        <translation>Taux d&apos;a&amp;ctualisation :</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="144"/>
        <source>Suggested segments</source>
        <translation>Segments suggérés</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="151"/>
        <source>Save &amp;Top Customers</source>
        <translation>&amp;Enregistrer les meilleurs clients</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="153"/>
        <source>Stores the predictions as customer fields, then saves the customers with the highest predicted CLV as a static segment.</source>
        <translation>Enregistre les prévisions comme champs clients, puis enregistre les clients ayant la CLV prévue la plus élevée comme segment statique.</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="158"/>
        <source>Top by predicted CLV:</source>
        <translation>Meilleurs selon la CLV prévue :</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="164"/>
        <source>P(alive) &lt; </source>
        <translation>P(actif) &lt; </translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="169"/>
        <source>top </source>
        <translation>top </translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="170"/>
        <source>% by revenue</source>
        <translation>% par CA</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="171"/>
        <source>Save &amp;At-Risk Customers</source>
        <translation>Enregistrer les clients à &amp;risque</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="173"/>
        <source>Past high spenders (by historical revenue) who have probably stopped buying: a segment to win back.</source>
        <translation>Anciens gros acheteurs (selon le CA historique) qui ont probablement cessé d&apos;acheter : un segment à reconquérir.</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="178"/>
        <source>At risk:</source>
        <translation>À risque :</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="225"/>
        <source>Fitting the models on the orders up to %1…</source>
        <translation>Ajustement des modèles sur les commandes jusqu&apos;au %1…</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="250"/>
        <source>The fit was cancelled; the results shown (if any) are from before.</source>
        <translation>L&apos;ajustement a été annulé ; les résultats affichés (le cas échéant) sont antérieurs.</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="269"/>
        <source>Cannot fit: %1</source>
        <translation>Ajustement impossible : %1</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="291"/>
        <source>%1 customers by %2, %3 of them bought again.</source>
        <translation>%1 clients jusqu&apos;au %2, dont %3 ont racheté.</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="296"/>
        <source>Next %1 weeks: mean predicted CLV %2, mean P(alive) %3.</source>
        <translation>%1 prochaines semaines : CLV prévue moyenne %2, P(actif) moyen %3.</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="307"/>
        <source>The predictions cannot be used: %1</source>
        <translation>Les prévisions ne sont pas utilisables : %1</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="329"/>
        <source>Top %1% by predicted CLV</source>
        <translation>Top %1 % par CLV prévue</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="330"/>
        <source>At risk: P(alive) &lt; %1 among top %2% spenders</source>
        <translation>À risque : P(actif) &lt; %1 parmi le top %2 % des acheteurs</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="334"/>
        <source>Saving the predictions and a segment</source>
        <translation>Enregistrement des prévisions et d&apos;un segment</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="348"/>
        <source>Save Segment</source>
        <translation>Enregistrer le segment</translation>
    </message>
    <message>
        <location filename="../ui/value/valuepage.cpp" line="362"/>
        <source>Saved the segment &quot;%1&quot; with %2 customers (predictions stored as p_alive, expected_purchases, expected_order_value and predicted_clv).</source>
        <translation>Segment &quot;%1&quot; enregistré avec %2 clients (prévisions stockées dans p_alive, expected_purchases, expected_order_value et predicted_clv).</translation>
    </message>
    <message>
        <location filename="../ui/value/valuesegmentcommand.cpp" line="8"/>
        <source>Save segment &quot;%1&quot;</source>
        <translation>Enregistrer le segment &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>swb::ValueParameterModel</name>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="22"/>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="23"/>
        <source>Spend</source>
        <translation>Dépense</translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="25"/>
        <source>converged</source>
        <translation>convergé</translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="25"/>
        <source>not converged</source>
        <translation>non convergé</translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="33"/>
        <source>Shape of how purchase rates differ between customers: small r, very different rates</source>
        <translation>Forme des écarts de taux d&apos;achat entre clients : r petit, taux très différents</translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="38"/>
        <source>Scale of the purchase rates: r/α is the mean purchases per week</source>
        <translation>Échelle des taux d&apos;achat : r/α est le nombre moyen d&apos;achats par semaine</translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="43"/>
        <source>Drop-out: with b, how likely a customer stops after a purchase (mean a/(a+b))</source>
        <translation>Abandon : avec b, probabilité qu&apos;un client arrête après un achat (en moyenne a/(a+b))</translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="44"/>
        <source>Drop-out: larger b, customers stay longer</source>
        <translation>Abandon : plus b est grand, plus les clients restent longtemps</translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="45"/>
        <location filename="../ui/value/valueparametermodel.cpp" line="59"/>
        <source>log-likelihood</source>
        <translation>log-vraisemblance</translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="45"/>
        <location filename="../ui/value/valueparametermodel.cpp" line="59"/>
        <source>How well the model fits (higher is better)</source>
        <translation>Qualité de l&apos;ajustement du modèle (plus elle est élevée, mieux c&apos;est)</translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="46"/>
        <location filename="../ui/value/valueparametermodel.cpp" line="60"/>
        <source>fit</source>
        <translation>ajustement</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/value/valueparametermodel.cpp" line="47"/>
        <source>%n iteration(s)</source>
        <translation>
            <numerusform>%n itération</numerusform>
            <numerusform>%n itérations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="52"/>
        <source>Shape of the spend per purchase: larger p, a customer&apos;s purchases vary less</source>
        <translation>Forme de la dépense par achat : plus p est grand, moins les achats d&apos;un client varient</translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="53"/>
        <source>How spend levels differ between customers: small q, more</source>
        <translation>Écarts de niveau de dépense entre clients : plus q est petit, plus ils sont grands</translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="58"/>
        <source>Scale of the spend levels: the mean spend per purchase is pγ/(q−1)</source>
        <translation>Échelle des niveaux de dépense : la dépense moyenne par achat est pγ/(q−1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/value/valueparametermodel.cpp" line="61"/>
        <source>%Ln repeat customer(s) with spend</source>
        <translation>
            <numerusform>%Ln client récurrent avec dépense</numerusform>
            <numerusform>%Ln clients récurrents avec dépense</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="104"/>
        <source>BG/NBD (Fader, Hardie &amp; Lee 2005): how often customers buy and when they stop</source>
        <translation>BG/NBD (Fader, Hardie &amp; Lee 2005) : fréquence d&apos;achat des clients et moment où ils arrêtent</translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="106"/>
        <source>Gamma-Gamma (Fader &amp; Hardie): how much customers spend per purchase</source>
        <translation>Gamma-Gamma (Fader &amp; Hardie) : montant dépensé par les clients à chaque achat</translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="130"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="132"/>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="134"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ui/value/valueparametermodel.cpp" line="136"/>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
</context>
<context>
    <name>swb::ValueSuggestions</name>
    <message>
        <location filename="../ui/filter/editors/valuesuggestions.cpp" line="61"/>
        <source>Reading the values of %1</source>
        <translation>Lecture des valeurs de %1</translation>
    </message>
</context>
<context>
    <name>swb::ValueTypeText</name>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="110"/>
        <source>Numbers</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="112"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="115"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="117"/>
        <source>Yes/No</source>
        <translation>Oui/Non</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="119"/>
        <source>Saved segments</source>
        <translation>Segments enregistrés</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="123"/>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="134"/>
        <source>is on</source>
        <extracomment>Operator label: the field equals the value</extracomment>
        <translation>est le</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="134"/>
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="136"/>
        <source>is not on</source>
        <translation>n&apos;est pas le</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="136"/>
        <source>is not</source>
        <translation>n&apos;est pas</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="138"/>
        <source>is before</source>
        <translation>est avant le</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="138"/>
        <source>is less than</source>
        <translation>est inférieur à</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="140"/>
        <source>is after</source>
        <translation>est après le</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="140"/>
        <source>is greater than</source>
        <translation>est supérieur à</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="142"/>
        <source>is on or before</source>
        <translation>est au plus tard le</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="142"/>
        <source>is at most</source>
        <translation>est au plus</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="144"/>
        <source>is on or after</source>
        <translation>est au plus tôt le</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="144"/>
        <source>is at least</source>
        <translation>est au moins</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="146"/>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="148"/>
        <source>begins with</source>
        <translation>commence par</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="150"/>
        <source>ends with</source>
        <translation>se termine par</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="152"/>
        <source>does not contain</source>
        <translation>ne contient pas</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="154"/>
        <source>does not begin with</source>
        <translation>ne commence pas par</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="156"/>
        <source>does not end with</source>
        <translation>ne se termine pas par</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="158"/>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="160"/>
        <source>is not empty</source>
        <translation>n&apos;est pas vide</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="162"/>
        <source>is in any of</source>
        <translation>est dans l&apos;un de</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="162"/>
        <source>is one of</source>
        <translation>est l&apos;un de</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="164"/>
        <source>is in none of</source>
        <translation>n&apos;est dans aucun de</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="164"/>
        <source>is none of</source>
        <translation>n&apos;est aucun de</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="166"/>
        <source>is between</source>
        <translation>est entre</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="168"/>
        <source>is not between</source>
        <translation>n&apos;est pas entre</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="170"/>
        <source>is in the last</source>
        <translation>est dans les</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="172"/>
        <source>is not in the last</source>
        <translation>n&apos;est pas dans les</translation>
    </message>
    <message>
        <location filename="../ui/filter/definition/valuetype.cpp" line="174"/>
        <source>is more than</source>
        <translation>remonte à plus de</translation>
    </message>
</context>
<context>
    <name>swb::Workspace</name>
    <message>
        <location filename="../model/workspace.cpp" line="55"/>
        <source>%1 is being written by another program, for example an import from the command line. Open it again when that has finished.</source>
        <translation>%1 est en cours d&apos;écriture par un autre programme, par exemple une importation en ligne de commande. Ouvrez-le de nouveau lorsque celle-ci sera terminée.</translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="62"/>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 est un dossier, et non un fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="66"/>
        <source>The workspace %1 does not exist.</source>
        <translation>L&apos;espace de travail %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="71"/>
        <source>%1 is read-only. Make the file writable (for example chmod u+w), or copy it to a folder of yours and open the copy.</source>
        <translation>%1 est en lecture seule. Rendez le fichier accessible en écriture (par exemple chmod u+w), ou copiez-le dans l&apos;un de vos dossiers et ouvrez la copie.</translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="75"/>
        <source>The folder %1 is read-only: Segment Workbench writes its journal files beside the workspace. Copy the workspace to a folder you can write to and open the copy.</source>
        <translation>Le dossier %1 est en lecture seule : Segment Workbench écrit ses fichiers journaux à côté de l&apos;espace de travail. Copiez l&apos;espace de travail dans un dossier accessible en écriture et ouvrez la copie.</translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="82"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="89"/>
        <source>%1 is not a workspace: it is not an SQLite database. Choose a .sqlite workspace file or create a new one.</source>
        <translation>%1 n&apos;est pas un espace de travail : ce n&apos;est pas une base de données SQLite. Choisissez un fichier d&apos;espace de travail .sqlite ou créez-en un nouveau.</translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="93"/>
        <location filename="../model/workspace.cpp" line="101"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="109"/>
        <source>%1 is an SQLite database but not a Segment Workbench workspace. Import its data into a new workspace instead.</source>
        <translation>%1 est une base de données SQLite, mais pas un espace de travail Segment Workbench. Importez plutôt ses données dans un nouvel espace de travail.</translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="113"/>
        <source>%1 is a Segment Workbench workspace whose schema version was reset to %2 by another program (PRAGMA user_version), so it cannot be opened safely. Restore it from a backup, or set the version back with the sqlite3 command line (PRAGMA user_version = %3 for a workspace made by this version).</source>
        <translation>%1 est un espace de travail Segment Workbench dont la version de schéma a été remise à %2 par un autre programme (PRAGMA user_version) ; il ne peut donc pas être ouvert en toute sécurité. Restaurez-le à partir d&apos;une sauvegarde, ou rétablissez la version avec la ligne de commande sqlite3 (PRAGMA user_version = %3 pour un espace de travail créé par cette version).</translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="119"/>
        <source>%1 was written by a newer version of Segment Workbench (schema %2; this version reads up to %3). Update Segment Workbench to open it.</source>
        <translation>%1 a été écrit par une version plus récente de Segment Workbench (schéma %2 ; cette version lit jusqu&apos;au schéma %3). Mettez à jour Segment Workbench pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="126"/>
        <source>Cannot prepare %1: %2</source>
        <translation>Impossible de préparer %1 : %2</translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="130"/>
        <source>Cannot upgrade %1: %2</source>
        <translation>Impossible de mettre à niveau %1 : %2</translation>
    </message>
    <message>
        <location filename="../model/workspace.cpp" line="148"/>
        <source>%1 is a PostgreSQL server: this works on workspace files only so far. On a server the app builds, counts, saves and exports segments, and swb also computes KPIs and RFM scores (the README&apos;s &quot;On a PostgreSQL server&quot; lists what works there).</source>
        <translation>%1 est un serveur PostgreSQL : ceci ne fonctionne pour l&apos;instant que sur les fichiers d&apos;espace de travail. Sur un serveur, l&apos;application construit, compte, enregistre et exporte des segments, et swb calcule aussi les KPI et les scores RFM (la section « On a PostgreSQL server » du README liste ce qui y fonctionne).</translation>
    </message>
</context>
<context>
    <name>swb::WorkspaceSession</name>
    <message>
        <location filename="../model/jobs/workspacesession.cpp" line="26"/>
        <source>Opening %1</source>
        <translation>Ouverture de %1</translation>
    </message>
    <message>
        <location filename="../model/jobs/workspacesession.cpp" line="65"/>
        <source>Creating the demo workspace</source>
        <translation>Création de l&apos;espace de travail de démo</translation>
    </message>
    <message>
        <location filename="../model/jobs/workspacesession.cpp" line="71"/>
        <source>The demo workspace was not created: cancelled.</source>
        <translation>L&apos;espace de travail de démo n&apos;a pas été créé : annulé.</translation>
    </message>
</context>
<context>
    <name>swb::WorkspaceTasks</name>
    <message>
        <location filename="../model/jobs/workspacetasks.cpp" line="62"/>
        <source>Cannot store the as-of date in %1: %2</source>
        <translation>Impossible d&apos;enregistrer la date de référence dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>swb::XlsxTableWriter</name>
    <message>
        <location filename="../model/export/xlsxtablewriter.cpp" line="115"/>
        <source>Cannot create the workbook %1.</source>
        <translation>Impossible de créer le classeur %1.</translation>
    </message>
    <message>
        <location filename="../model/export/xlsxtablewriter.cpp" line="149"/>
        <source>Cannot add a worksheet to %1.</source>
        <translation>Impossible d&apos;ajouter une feuille de calcul à %1.</translation>
    </message>
    <message>
        <location filename="../model/export/xlsxtablewriter.cpp" line="190"/>
        <source>Cannot write the workbook %1: %2</source>
        <translation>Impossible d&apos;écrire le classeur %1 : %2</translation>
    </message>
</context>
<context>
    <name>swb::gui::GuiOptionsParser</name>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="14"/>
        <source>Segment Workbench: build, compare and export customer segments.</source>
        <translation>Segment Workbench : construire, comparer et exporter des segments de clients.</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="17"/>
        <source>Workspace file (.sqlite) to open.</source>
        <translation>Fichier d&apos;espace de travail (.sqlite) à ouvrir.</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="18"/>
        <source>[WORKSPACE]</source>
        <translation>[ESPACE_DE_TRAVAIL]</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="21"/>
        <source>Page to show: customers, builder, dashboard, rfm, clusters (with a finished run), value (customer value, with a finished fit), import (the import wizard on the demo customers file) or export (the export dialog).</source>
        <translation>Page à afficher : customers, builder, dashboard, rfm, clusters (avec une exécution terminée), value (valeur client, avec un ajustement terminé), import (l&apos;assistant d&apos;importation sur le fichier de clients de démo) ou export (la boîte de dialogue d&apos;exportation).</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="24"/>
        <source>PAGE</source>
        <translation>PAGE</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="26"/>
        <source>Write a PNG of the window (or dialog) once the page has loaded, then exit.</source>
        <translation>Écrire un PNG de la fenêtre (ou de la boîte de dialogue) une fois la page chargée, puis quitter.</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="28"/>
        <source>FILE.png</source>
        <translation>FICHIER.png</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="30"/>
        <source>Saved segment to open in the segment builder (shows the builder page); with --report, a segment to include (repeat for more; default: all saved).</source>
        <translation>Segment enregistré à ouvrir dans l&apos;éditeur de segments (affiche la page de l&apos;éditeur) ; avec --report, un segment à inclure (à répéter pour en inclure plusieurs ; par défaut : tous les segments enregistrés).</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="32"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="33"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="33"/>
        <source>Interface language, e.g. de, fr or en.</source>
        <translation>Langue de l&apos;interface, p. ex. de, fr ou en.</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="35"/>
        <source>Write the review report of the workspace to this PDF file and exit, without a window (runs without a display).</source>
        <translation>Écrire le rapport de revue de l&apos;espace de travail dans ce fichier PDF et quitter, sans fenêtre (fonctionne sans écran).</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="37"/>
        <source>FILE.pdf</source>
        <translation>FICHIER.pdf</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="40"/>
        <source>With --report: the as-of date recency counts to and the trend ends at, as for swb kpis --as-of (default: the workspace&apos;s).</source>
        <translation>Avec --report : la date de référence jusqu&apos;à laquelle la récence est comptée et à laquelle la tendance se termine, comme pour swb kpis --as-of (par défaut : celle de l&apos;espace de travail).</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="42"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="44"/>
        <source>With --report: months of trend before the as-of date (default 12).</source>
        <translation>Avec --report : nombre de mois de tendance avant la date de référence (12 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="44"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="68"/>
        <source>Give at most one workspace file; got %1.</source>
        <translation>Indiquez au plus un fichier d&apos;espace de travail ; reçu : %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="89"/>
        <source>Unknown page &quot;%1&quot;: use customers, builder, dashboard, rfm, clusters, value, import or export.</source>
        <translation>Page inconnue &quot;%1&quot; : utilisez customers, builder, dashboard, rfm, clusters, value, import ou export.</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="97"/>
        <source>--as-of and --months belong to --report: add --report FILE.pdf.</source>
        <translation>--as-of et --months accompagnent --report : ajoutez --report FICHIER.pdf.</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="99"/>
        <source>--segment opens one segment in the builder; several are only taken with --report.</source>
        <translation>--segment ouvre un segment dans l&apos;éditeur ; plusieurs ne sont acceptés qu&apos;avec --report.</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="103"/>
        <source>--segment opens the segment builder: it cannot be combined with --page %1.</source>
        <translation>--segment ouvre l&apos;éditeur de segments : il ne peut pas être combiné avec --page %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="109"/>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot nécessite un nom de fichier.</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="122"/>
        <source>--report needs a file name ending in .pdf.</source>
        <translation>--report nécessite un nom de fichier se terminant par .pdf.</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="124"/>
        <source>--report needs a workspace: give its file before --report.</source>
        <translation>--report nécessite un espace de travail : indiquez son fichier avant --report.</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="127"/>
        <source>--report cannot be combined with --%1.</source>
        <translation>--report ne peut pas être combiné avec --%1.</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="134"/>
        <source>--as-of takes a date as YYYY-MM-DD, e.g. 2024-06-30; got &quot;%1&quot;.</source>
        <translation>--as-of attend une date au format AAAA-MM-JJ, p. ex. 2024-06-30 ; reçu : &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/gui/guioptions.cpp" line="141"/>
        <source>--months takes a whole number from 1 to %1; got &quot;%2&quot;.</source>
        <translation>--months attend un nombre entier de 1 à %1 ; reçu : &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>swb::gui::ReportRun</name>
    <message>
        <location filename="../app/gui/reportrun.cpp" line="49"/>
        <source>The workspace %1 does not exist. Give the path of a workspace file.</source>
        <translation>L&apos;espace de travail %1 n&apos;existe pas. Indiquez le chemin d&apos;un fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <location filename="../app/gui/reportrun.cpp" line="65"/>
        <source>Making the review report</source>
        <translation>Création du rapport de revue</translation>
    </message>
    <message>
        <location filename="../app/gui/reportrun.cpp" line="79"/>
        <source>The report was not made: its work ended without a result.</source>
        <translation>Le rapport n&apos;a pas été créé : le traitement s&apos;est terminé sans résultat.</translation>
    </message>
</context>
<context>
    <name>swb::gui::Startup</name>
    <message>
        <location filename="../app/gui/startup.cpp" line="51"/>
        <source>--page export needs a workspace with customers: give its file.</source>
        <translation>--page export nécessite un espace de travail contenant des clients : indiquez son fichier.</translation>
    </message>
    <message>
        <location filename="../app/gui/startup.cpp" line="56"/>
        <source>The page did not finish loading within %1 seconds; no screenshot was written.</source>
        <translation>Le chargement de la page ne s&apos;est pas terminé en %1 secondes ; aucune capture d&apos;écran n&apos;a été écrite.</translation>
    </message>
    <message>
        <location filename="../app/gui/startup.cpp" line="82"/>
        <location filename="../app/gui/startup.cpp" line="223"/>
        <source>Cannot create a temporary folder.</source>
        <translation>Impossible de créer un dossier temporaire.</translation>
    </message>
    <message>
        <location filename="../app/gui/startup.cpp" line="107"/>
        <source>This is a scratch workspace that is deleted when Segment Workbench closes. Open or create a workspace to keep what you import.</source>
        <translation>Ceci est un espace de travail provisoire, supprimé à la fermeture de Segment Workbench. Ouvrez ou créez un espace de travail pour conserver ce que vous importez.</translation>
    </message>
    <message>
        <location filename="../app/gui/startup.cpp" line="232"/>
        <source>The import wizard could not be opened.</source>
        <translation>L&apos;assistant d&apos;importation n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <location filename="../app/gui/startup.cpp" line="242"/>
        <source>The workspace has no customers to export. Import some first.</source>
        <translation>L&apos;espace de travail ne contient aucun client à exporter. Importez-en d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../app/gui/startup.cpp" line="255"/>
        <source>The window closed before the screenshot.</source>
        <translation>La fenêtre a été fermée avant la capture d&apos;écran.</translation>
    </message>
    <message>
        <location filename="../app/gui/startup.cpp" line="258"/>
        <source>Cannot write the screenshot to %1.</source>
        <translation>Impossible d&apos;écrire la capture d&apos;écran dans %1.</translation>
    </message>
</context>
<context>
    <name>swb::schema</name>
    <message>
        <location filename="../model/schema.cpp" line="167"/>
        <source>Cannot migrate a workspace from schema %1 to %2.</source>
        <translation>Impossible de migrer un espace de travail du schéma %1 vers le schéma %2.</translation>
    </message>
    <message>
        <location filename="../model/schema.cpp" line="187"/>
        <source>Another program changed the workspace&apos;s schema to version %1 while it was being opened. Open it again.</source>
        <translation>Un autre programme a changé le schéma de l&apos;espace de travail en version %1 pendant son ouverture. Ouvrez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../model/schema.cpp" line="201"/>
        <source>Migration to schema %1 failed: %2</source>
        <translation>La migration vers le schéma %1 a échoué : %2</translation>
    </message>
</context>
</TS>
