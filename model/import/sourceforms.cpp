#include "model/import/sourceforms.h"

#include "model/database.h"
#include "model/import/importrun.h"

#include <array>
#include <utility>

namespace swb::SourceForms {

namespace {

// The pairs TypeInference reads as booleans, true first.
constexpr std::array<std::pair<const char*, const char*>, 7> s_pairs{
    {{"true", "false"}, {"yes", "no"}, {"y", "n"}, {"ja", "nein"}, {"oui", "non"}, {"wahr", "falsch"}, {"1", "0"}}};

// `word` in the case of `model`: all capitals, a capital first or lower case.
QString inCaseOf(const QString& word, const QString& model)
{
    if (model.size() > 1 && model == model.toUpper() && model != model.toLower())
        return word.toUpper();
    if (!model.isEmpty() && model.at(0).isUpper())
        return word.left(1).toUpper() + word.mid(1);
    return word;
}

} // namespace

QString counterpart(const QString& word)
{
    const QString lower = word.toLower();
    for (const auto& [yes, no] : s_pairs) {
        if (lower == QLatin1String(yes))
            return inCaseOf(QLatin1String(no), word);
        if (lower == QLatin1String(no))
            return inCaseOf(QLatin1String(yes), word);
    }
    return {};
}

void describe(const ColumnStats& stats, const InferredType& type, FieldInfo* field)
{
    if (type.type == FieldType::Boolean) {
        field->trueWord = QString::fromStdString(stats.trueWord);
        field->falseWord = QString::fromStdString(stats.falseWord);
        if (field->trueWord.isEmpty())
            field->trueWord = counterpart(field->falseWord);
        if (field->falseWord.isEmpty())
            field->falseWord = counterpart(field->trueWord);
    }
    if (type.type == FieldType::Real) {
        const int mark = type.decimalComma ? 1 : 0;
        field->minDecimals = stats.minDecimals[mark];
        field->maxDecimals = stats.maxDecimals[mark];
    }
}

bool store(Database& db, const QString& table, const std::vector<ImportTarget>& targets,
           const std::vector<ColumnStats>& stats, QString* error)
{
    Statement update = db.prepare(QStringLiteral("UPDATE fields SET true_word = ?, false_word = ?, min_decimals = ?, "
                                                 "max_decimals = ? WHERE table_name = ? AND name = ?"),
                                  error);
    if (!update.isValid())
        return false;
    for (const ImportTarget& target : targets) {
        if (target.existing || size_t(target.fileColumn) >= stats.size())
            continue;
        FieldInfo field;
        describe(stats[size_t(target.fileColumn)], target.type, &field);
        field.trueWord.isEmpty() ? update.bindNull(1) : update.bind(1, field.trueWord);
        field.falseWord.isEmpty() ? update.bindNull(2) : update.bind(2, field.falseWord);
        field.minDecimals < 0 ? update.bindNull(3) : update.bind(3, field.minDecimals);
        field.maxDecimals < 0 ? update.bindNull(4) : update.bind(4, field.maxDecimals);
        update.bind(5, table);
        update.bind(6, target.name);
        if (!update.run()) {
            if (error)
                *error = update.errorMessage();
            return false;
        }
        update.reset();
    }
    return true;
}

} // namespace swb::SourceForms
