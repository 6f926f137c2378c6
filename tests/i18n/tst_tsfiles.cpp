// The translation sources are complete and clean: no unfinished, obsolete or vanished entry, the number of plural
// forms the language has, and the same %1..%9 / %n / %L1 placeholders as the English source.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include <map>

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // "unfinished", "obsolete", "vanished" or empty
    bool numerus = false;
    QStringList translations; // one, or one per plural form
};

// Plural forms per language as Qt's lrelease counts them (src/linguist/shared/numerus.cpp). A language missing here
// fails the test: add it when a translation is added.
int pluralForms(const QString& language)
{
    static const std::map<QString, int> forms{
        {QStringLiteral("en"), 2}, {QStringLiteral("de"), 2}, {QStringLiteral("fr"), 2}};
    const auto found = forms.find(language.section(QLatin1Char('_'), 0, 0));
    return found == forms.end() ? -1 : found->second;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?[1-9n]"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

QList<Message> parse(const QByteArray& xml, QString* language, QString* error)
{
    QList<Message> messages;
    QXmlStreamReader reader(xml);
    QString context;
    Message message;
    while (!reader.atEnd()) {
        reader.readNext();
        const auto name = reader.name();
        if (reader.isEndElement() && name == QLatin1String("message")) {
            messages << message;
            continue;
        }
        if (!reader.isStartElement())
            continue;
        if (name == QLatin1String("TS")) {
            *language = reader.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = reader.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{context, {}, {}, reader.attributes().value(QLatin1String("numerus")) == u"yes", {}};
        } else if (name == QLatin1String("source")) {
            message.source = reader.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = reader.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus)
                message.translations << reader.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            message.translations << reader.readElementText();
        }
    }
    if (reader.hasError())
        *error = reader.errorString() + QStringLiteral(" at line %1").arg(reader.lineNumber());
    return messages;
}

// Every problem of one .ts file, one line each: "file: context "…" source "…": what is wrong".
QStringList problems(const QString& fileName, const QByteArray& xml)
{
    QString language;
    QString error;
    const QList<Message> messages = parse(xml, &language, &error);
    QStringList found;
    if (!error.isEmpty())
        return {fileName + QStringLiteral(": not readable: ") + error};
    const int forms = pluralForms(language);
    if (forms < 0)
        found << fileName + QStringLiteral(": no plural rule known for language \"%1\"").arg(language);
    for (const Message& message : std::as_const(messages)) {
        const QString where
            = QStringLiteral("%1: context \"%2\" source \"%3\": ").arg(fileName, message.context, message.source);
        if (!message.type.isEmpty()) {
            found << where + message.type;
            continue;
        }
        if (message.numerus && forms > 0 && message.translations.size() != forms)
            found << where
                    + QStringLiteral("%1 plural forms, the language has %2")
                          .arg(message.translations.size())
                          .arg(forms);
        const QStringList expected = placeholders(message.source);
        for (const QString& translation : message.translations) {
            if (placeholders(translation) != expected)
                found << where
                        + QStringLiteral("placeholders %1 in \"%2\", the source has %3")
                              .arg(placeholders(translation).join(u' '), translation, expected.join(u' '));
        }
    }
    return found;
}

} // namespace

class TstTsFiles : public QObject
{
    Q_OBJECT

private slots:
    void findsEveryKindOfProblem();
    void clean_data();
    void clean();
};

void TstTsFiles::findsEveryKindOfProblem()
{
    const QByteArray xml = R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Ctx</name>
    <message><source>Good %1</source><translation>Gut %1</translation></message>
    <message><source>Open</source><translation type="unfinished"></translation></message>
    <message><source>Gone</source><translation type="vanished">Weg</translation></message>
    <message><source>Old</source><translation type="obsolete">Alt</translation></message>
    <message><source>Rows %1 of %2</source><translation>Zeilen %1 von %1</translation></message>
    <message numerus="yes"><source>%n row(s)</source><translation><numerusform>%n Zeile</numerusform></translation></message>
    <message numerus="yes"><source>%Ln file(s)</source><translation><numerusform>%Ln Datei</numerusform><numerusform>%n Dateien</numerusform></translation></message>
</context>
</TS>
)";
    const QStringList found = problems(QStringLiteral("x.ts"), xml);
    const QStringList expected{
        QStringLiteral("x.ts: context \"Ctx\" source \"Open\": unfinished"),
        QStringLiteral("x.ts: context \"Ctx\" source \"Gone\": vanished"),
        QStringLiteral("x.ts: context \"Ctx\" source \"Old\": obsolete"),
        QStringLiteral("x.ts: context \"Ctx\" source \"Rows %1 of %2\": placeholders %1 in \"Zeilen %1 von %1\", the "
                       "source has %1 %2"),
        QStringLiteral("x.ts: context \"Ctx\" source \"%n row(s)\": 1 plural forms, the language has 2"),
        QStringLiteral("x.ts: context \"Ctx\" source \"%Ln file(s)\": placeholders %n in \"%n Dateien\", the source "
                       "has %Ln"),
    };
    QCOMPARE(found, expected);
}

void TstTsFiles::clean_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(SWB_TS_DIR));
    const QStringList files = dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
    QVERIFY(files.contains(QStringLiteral("segment-workbench_en.ts")));
    QVERIFY(files.contains(QStringLiteral("segment-workbench_de.ts")));
    QVERIFY(files.contains(QStringLiteral("segment-workbench_fr.ts")));
    for (const QString& file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TstTsFiles::clean()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QStringList found = problems(QFileInfo(path).fileName(), file.readAll());
    for (const QString& problem : found)
        qWarning().noquote() << problem;
    QVERIFY2(found.isEmpty(),
             qPrintable(QStringLiteral("%1 problem(s) in %2, listed above").arg(found.size()).arg(path)));
}

QTEST_GUILESS_MAIN(TstTsFiles)
#include "tst_tsfiles.moc"
