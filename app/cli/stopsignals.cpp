#include "app/cli/stopsignals.h"

#include <QSocketNotifier>

#include <csignal>
#include <unistd.h>

namespace cityops::cli {

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

} // namespace

StopSignals::StopSignals(std::function<void()> onStop)
{
    if (g_signalPipe[0] < 0 && ::pipe(g_signalPipe) != 0)
        return;
    struct sigaction action
    {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
    m_notifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(),
                     [this, onStop = std::move(onStop)] {
                         char byte;
                         [[maybe_unused]] const auto read = ::read(g_signalPipe[0], &byte, 1);
                         m_stopped = true;
                         onStop();
                     });
}

StopSignals::~StopSignals()
{
    struct sigaction action
    {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
}

} // namespace cityops::cli
