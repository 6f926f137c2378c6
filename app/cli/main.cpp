// `swb`: the command-line face of the workbench engine (no display needed).
#include "app/cli/cli.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

using namespace swb;

namespace {

void printUsage()
{
    QString text = QCoreApplication::translate("swb::cli",
                                               "Usage: swb COMMAND [OPTIONS]  (swb COMMAND --help for "
                                               "the options of a command)\n\nCommands:\n");
    for (const cli::Command& command : cli::commands())
        text += QStringLiteral("  %1  %2\n").arg(command.name, -10).arg(command.synopsis);
    cli::print(text);
}

} // namespace

int main(int argc, char* argv[])
{
    // Under a file size limit (ulimit -f) a write beyond it would kill swb with SIGXFSZ, without a message and with
    // the partial export left behind; ignored, the write fails with EFBIG and the command says so and cleans up.
    std::signal(SIGXFSZ, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("swb"));
    QCoreApplication::setOrganizationName(QStringLiteral("SegmentWorkbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    const QStringList arguments = app.arguments().mid(1);
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h")
        || arguments.first() == QLatin1String("help")) {
        printUsage();
        return arguments.isEmpty() ? cli::Usage : cli::Ok;
    }
    if (arguments.first() == QLatin1String("--version")) {
        cli::print(QCoreApplication::applicationVersion());
        return cli::Ok;
    }
    for (const cli::Command& command : cli::commands()) {
        if (command.name == arguments.first())
            return command.run(arguments);
    }
    std::fprintf(stderr, "swb: %s\n",
                 qUtf8Printable(QCoreApplication::translate("swb::cli",
                                                            "Unknown command \"%1\". Run swb --help "
                                                            "for the list of commands.")
                                    .arg(arguments.first())));
    return cli::Usage;
}
