// Below the builder: the definition in plain language, as the SQL it runs, and as the JSON it is saved as.
#pragma once

#include <QTabWidget>

class QLabel;
class QPlainTextEdit;

namespace swb {

class DefinitionPreview : public QTabWidget
{
    Q_OBJECT

public:
    explicit DefinitionPreview(QWidget* parent = nullptr);

    // `note` is shown under the sentence (e.g. rules left out); `sql` is empty when it cannot be compiled.
    void setContent(const QString& sentence, const QString& note, const QString& sql, const QByteArray& json);

    QString sentence() const;
    QString sql() const;
    QString json() const;

private:
    QLabel* m_sentence = nullptr;
    QLabel* m_note = nullptr;
    QPlainTextEdit* m_sql = nullptr;
    QPlainTextEdit* m_json = nullptr;
};

} // namespace swb
