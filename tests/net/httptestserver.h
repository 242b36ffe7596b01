// SPDX-License-Identifier: GPL-3.0-or-later
// HttpTestServer: a small HTTP/1.1 server on 127.0.0.1 for the download suites and the
// engine benchmark. It runs in its own thread (blocking QTcpServer/QTcpSocket calls, one
// connection at a time, "Connection: close") and serves routes with scripted faults: a
// number of 503 answers first, a connection dropped after N body bytes, a slow body, a
// redirect. Every request's path (with its query) and headers are recorded for the test
// to check.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <atomic>
#include <future>
#include <thread>

namespace dlstack::test {

struct HttpRoute
{
    QByteArray body;
    int status = 200;       // for every answer after the scripted faults
    int failFirst = 0;      // answer 503 this many times first
    qint64 dropAt = -1;     // first full answer: close the connection after this many body bytes
    bool honorRange = true; // answer "Range: bytes=N-" with 206
    int chunk = 1 << 20;    // body bytes per write
    int chunkDelayMs = 0;   // pause after each chunk (a slow server)
    QByteArray location;    // with status 301/302/307/308: the Location header sent
};

struct HttpRequestRecord
{
    QByteArray path;
    QByteArray range;
    QByteArray authorization;
    QByteArray host;
    QByteArray proxyAuthorization; // what a client sends its proxy: "Basic <user:password in base64>"
};

class HttpTestServer
{
public:
    HttpTestServer()
    {
        std::promise<quint16> ready;
        auto port = ready.get_future();
        m_thread = std::thread([this, &ready] {
            QTcpServer server;
            server.listen(QHostAddress::LocalHost, 0);
            ready.set_value(server.serverPort());
            while (!m_stop) {
                if (!server.waitForNewConnection(50))
                    continue;
                while (QTcpSocket *socket = server.nextPendingConnection()) {
                    serve(*socket);
                    delete socket;
                }
            }
        });
        m_port = port.get();
    }
    ~HttpTestServer()
    {
        m_stop = true;
        m_thread.join();
    }

    // host "localhost" names the same server by another origin.
    QByteArray url(const QByteArray &path, const QByteArray &host = "127.0.0.1") const
    {
        return "http://" + host + ':' + QByteArray::number(m_port) + path;
    }
    quint16 port() const { return m_port; }
    void setRoute(const QByteArray &path, const HttpRoute &route)
    {
        QMutexLocker lock(&m_mutex);
        m_routes.insert(path, route);
    }
    QList<HttpRequestRecord> requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }
    void clearRequests()
    {
        QMutexLocker lock(&m_mutex);
        m_requests.clear();
    }

private:
    static QByteArray header(const QList<QByteArray> &lines, const QByteArray &name)
    {
        for (const QByteArray &line : lines) {
            const int colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == name)
                return line.mid(colon + 1).trimmed();
        }
        return QByteArray();
    }

    // Writes everything, waiting for the socket; false when the peer went away.
    static bool send(QTcpSocket &socket, const QByteArray &data)
    {
        if (socket.write(data) != data.size())
            return false;
        while (socket.bytesToWrite() > 0) {
            if (!socket.waitForBytesWritten(5000) || socket.state() != QAbstractSocket::ConnectedState)
                return false;
        }
        return true;
    }

    void serve(QTcpSocket &socket)
    {
        QByteArray head;
        while (!head.contains("\r\n\r\n")) {
            if (!socket.waitForReadyRead(5000))
                return;
            head += socket.readAll();
        }
        const QList<QByteArray> lines = head.left(head.indexOf("\r\n\r\n")).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        HttpRequestRecord record{first.value(1), header(lines, "range"), header(lines, "authorization"),
                                 header(lines, "host"), header(lines, "proxy-authorization")};
        HttpRoute route;
        bool found = false;
        {
            QMutexLocker lock(&m_mutex);
            m_requests.append(record);
            auto it = m_routes.find(record.path);
            if (it != m_routes.end()) {
                found = true;
                route = *it;
                if (it->failFirst > 0)
                    --it->failFirst;
                else
                    it->dropAt = -1; // the drop happens once
            }
        }
        const auto answer = [&socket](int status, const QByteArray &reason, const QByteArray &extra,
                                      const QByteArray &body) {
            send(socket, "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Length: " +
                             QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + extra + "\r\n" + body);
        };
        if (!found) {
            answer(404, "Not Found", QByteArray(), "no such file\n");
        } else if (route.failFirst > 0) {
            answer(503, "Service Unavailable", "Retry-After: 0\r\n", "busy\n");
        } else if (route.status != 200) {
            answer(route.status, "Scripted",
                   route.location.isEmpty() ? QByteArray() : "Location: " + route.location + "\r\n", "scripted\n");
        } else {
            qint64 from = 0;
            QByteArray status = "200 OK";
            QByteArray extra;
            if (route.honorRange && record.range.startsWith("bytes=") && record.range.endsWith('-')) {
                from = record.range.mid(6, record.range.size() - 7).toLongLong();
                status = "206 Partial Content";
                extra = "Content-Range: bytes " + QByteArray::number(from) + '-' +
                        QByteArray::number(route.body.size() - 1) + '/' + QByteArray::number(route.body.size()) +
                        "\r\n";
            }
            const qint64 length = route.body.size() - from;
            if (!send(socket, "HTTP/1.1 " + status + "\r\nContent-Length: " + QByteArray::number(length) +
                                  "\r\nContent-Type: application/octet-stream\r\nConnection: close\r\n" + extra +
                                  "\r\n"))
                return;
            qint64 sent = 0;
            while (sent < length && !m_stop) {
                qint64 n = std::min<qint64>(route.chunk, length - sent);
                if (route.dropAt >= 0 && sent + n > route.dropAt)
                    n = route.dropAt - sent;
                if (n > 0 && !send(socket, QByteArray::fromRawData(route.body.constData() + from + sent, int(n))))
                    return;
                sent += n;
                if (route.dropAt >= 0 && sent >= route.dropAt) {
                    socket.abort(); // the connection drops half-way
                    return;
                }
                if (route.chunkDelayMs > 0)
                    QThread::msleep(route.chunkDelayMs);
            }
        }
        socket.disconnectFromHost();
        if (socket.state() != QAbstractSocket::UnconnectedState)
            socket.waitForDisconnected(2000);
    }

    std::thread m_thread;
    std::atomic_bool m_stop{false};
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QHash<QByteArray, HttpRoute> m_routes;
    QList<HttpRequestRecord> m_requests;
};

} // namespace dlstack::test
