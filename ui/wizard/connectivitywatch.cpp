// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/connectivitywatch.h"

#include <QtConcurrent/QtConcurrentRun>

namespace dlstack::ui {

ConnectivityWatch::ConnectivityWatch(std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent), m_timeout(timeout)
{
}

ConnectivityWatch::~ConnectivityWatch()
{
    cancel();
}

void ConnectivityWatch::cancel()
{
    if (!m_watcher)
        return;
    m_cancel->store(true);
    m_watcher->disconnect(this);
    m_watcher->waitForFinished(); // the check polls the flag every 100 ms
    m_watcher->deleteLater();
    m_watcher = nullptr;
}

void ConnectivityWatch::start(const QList<QUrl> &hosts, const net::ProxySettings &proxies)
{
    cancel();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher = new QFutureWatcher<net::ConnectivityReport>(this);
    QFutureWatcher<net::ConnectivityReport> *watcher = m_watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        if (watcher != m_watcher)
            return;
        const net::ConnectivityReport report = watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        emit finished(report);
    });
    watcher->setFuture(QtConcurrent::run([hosts, proxies, timeout = m_timeout, flag = m_cancel] {
        return net::ConnectivityCheck(proxies, timeout).check(hosts, flag.get());
    }));
}

bool ConnectivityWatch::isRunning() const
{
    return m_watcher != nullptr;
}

} // namespace dlstack::ui
