// SPDX-License-Identifier: GPL-3.0-or-later
// ConnectivityWatch: asks net::ConnectivityCheck whether this machine reaches a plan's hosts
// on a worker thread, so the wizard never waits for the network; finished() brings the
// report to the GUI thread. A new start() cancels the check under way and its report is
// dropped; the destructor cancels and waits for the worker (at most about 100 ms). GUI
// thread only.
#pragma once

#include "core/net/connectivity.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <chrono>
#include <memory>

namespace dlstack::ui {

class ConnectivityWatch : public QObject
{
    Q_OBJECT
public:
    explicit ConnectivityWatch(std::chrono::milliseconds timeout = std::chrono::seconds(8), QObject *parent = nullptr);
    ~ConnectivityWatch() override;

    // Returns at once; finished() follows unless another start() or the destructor comes first.
    void start(const QList<QUrl> &hosts, const net::ProxySettings &proxies);
    void cancel();
    bool isRunning() const;

signals:
    void finished(const dlstack::net::ConnectivityReport &report);

private:
    std::chrono::milliseconds m_timeout;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<net::ConnectivityReport> *m_watcher = nullptr;
};

} // namespace dlstack::ui
