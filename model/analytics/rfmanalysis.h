// RFM scoring of the workspace's customers (design.md "RFM"): scores and groups as fields, runs, transitions.
#pragma once

#include "analysis/jobcallbacks.h"
#include "analysis/rfmgrid.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace swb {

class Database;
class Workspace;

// Levels and grid; stored in the workspace's meta table under "rfm_config".
struct RfmConfig
{
    int levels = 5;
    RfmGrid grid = RfmGrid::defaultGrid(5);

    QJsonObject toJson() const;
    static std::optional<RfmConfig> fromJson(const QJsonObject& json, QString* error);
};

struct RfmGroupCount
{
    QString group;
    qint64 customers = 0;
};

struct RfmResult
{
    qint64 runId = 0;
    QDate asOfDate;
    RfmConfig config;
    qint64 scored = 0; // customers with at least one order and known recency, frequency, monetary
    qint64 unscored = 0; // the others (rfm_* fields NULL)
    QList<RfmGroupCount> groups; // in grid order, empty groups included
    QStringList savedSegments; // "RFM: Champions", … when segments were requested
    double seconds = 0.0;

    // {"run_id":…, "as_of":…, "levels":…, "scored":…, "unscored":…, "groups": {"Champions": n, …}, "segments": […]}
    QJsonObject toJson() const;
};

struct RfmRun
{
    qint64 id = 0;
    QString createdAt;
    QDate asOfDate;
};

// Customers moving between groups from one run to a later one. "(none)" stands for customers scored in only one
// of the runs.
struct RfmTransitions
{
    QStringList fromGroups;
    QStringList toGroups;
    QList<QList<qint64>> counts; // counts[i][j]: customers in fromGroups[i] then toGroups[j]

    QJsonObject toJson() const;
};

class RfmAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(swb::RfmAnalysis)

public:
    static RfmConfig loadConfig(Database& db);
    static bool saveConfig(Database& db, const RfmConfig& config, QString* error);

    // Scores every customer with at least one order (R by last purchase date, most recent highest; F by orders
    // count; M by revenue), writes `rfm_r`, `rfm_f`, `rfm_m`, `rfm_group` into `customers` and records the run, in
    // one transaction. With `saveSegments`, replaces the static segments "RFM: <group>" (one per non-empty group).
    static std::optional<RfmResult> run(Workspace& workspace, const RfmConfig& config, bool saveSegments,
                                        QString* error, const CancelCheck& cancel = {},
                                        const ProgressCallback& progress = {});

    // Gives the score pairs of the grid's changed cells their new groups without scoring again: `customers`, the
    // latest run's assignments, counts and config, and the stored config, in one transaction. The grid must have the
    // levels of the latest run (what the customers' scores were made with).
    static bool regroup(Workspace& workspace, const RfmGrid& grid, QString* error);
    // Replaces the static segments "RFM: <group>" with the customers the groups hold now (one per non-empty group);
    // `saved` gets their names. In one transaction.
    static bool saveGroupSegments(Workspace& workspace, const QList<RfmGroupCount>& groups, QStringList* saved,
                                  QString* error);

    static QList<RfmRun> runs(Database& db);
    static std::optional<RfmTransitions> transitions(Database& db, qint64 fromRun, qint64 toRun, QString* error);

    // "RFM: Champions".
    static QString segmentName(const QString& group);
    // The dynamic definition of a group's customers: rfm_group = group.
    static QByteArray groupDefinition(const QString& group);
};

} // namespace swb
