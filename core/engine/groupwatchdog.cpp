// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/groupwatchdog.h"

#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace dlstack::engine {

namespace {

constexpr int kPollMs = 20;

// Waits while alive(group) holds, at most `ms`; false when it still holds.
bool waitGone(pid_t group, long long ms, bool (*alive)(pid_t))
{
    for (long long waited = 0; alive(group); waited += kPollMs) {
        if (waited >= ms)
            return false;
        ::poll(nullptr, 0, kPollMs);
    }
    return true;
}

void endGroup(pid_t group, long long graceMs, bool (*alive)(pid_t))
{
    if (::kill(-group, SIGTERM) != 0)
        return; // nobody left
    ::kill(-group, SIGCONT);
    if (!waitGone(group, graceMs, alive))
        ::kill(-group, SIGKILL);
}

// The watchdog has only async-signal-safe calls (its parent has threads), so it cannot
// read /proc through opendir(): a zombie member keeps it waiting the grace period, no longer.
bool anyMember(pid_t group)
{
    return ::kill(-group, 0) == 0;
}

[[noreturn]] void watch(int socket, pid_t group, long long graceMs, int maxFd)
{
    // The signals of dlstack's own process group (Ctrl-C, a closed terminal) are for
    // dlstack; the watchdog must outlive it.
    ::prctl(PR_SET_NAME, "dlstack-watch"); // what ps and top show
    struct sigaction ignore = {};
    ignore.sa_handler = SIG_IGN;
    for (int signal : {SIGINT, SIGHUP, SIGTERM, SIGQUIT, SIGPIPE, SIGUSR1, SIGUSR2})
        ::sigaction(signal, &ignore, nullptr);
    // Nothing inherited stays open: not the program's pipes, not the logs, and not the
    // journal, whose lock must go with dlstack.
    if ((socket > 0 && ::close_range(0, unsigned(socket - 1), 0) != 0) ||
        ::close_range(unsigned(socket + 1), UINT_MAX, 0) != 0) {
        for (int fd = 0; fd < maxFd; ++fd)
            if (fd != socket)
                ::close(fd);
    }
    char byte = 0;
    ssize_t got;
    do
        got = ::read(socket, &byte, 1);
    while (got < 0 && errno == EINTR);
    if (got != 1) // end of file: dlstack is gone
        endGroup(group, graceMs, anyMember);
    ::_exit(0);
}

} // namespace

bool processGroupRuns(pid_t group)
{
    if (::kill(-group, 0) != 0)
        return false;
    DIR *proc = ::opendir("/proc");
    if (!proc)
        return true;
    bool runs = false;
    while (const dirent *entry = ::readdir(proc)) {
        if (entry->d_name[0] < '1' || entry->d_name[0] > '9')
            continue;
        char path[sizeof "/proc//stat" + sizeof entry->d_name];
        std::snprintf(path, sizeof path, "/proc/%s/stat", entry->d_name);
        const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        char stat[512];
        const ssize_t got = ::read(fd, stat, sizeof stat - 1);
        ::close(fd);
        if (got <= 0)
            continue;
        stat[got] = '\0';
        // "1234 (sleep) S 1200 1234 ...": state, parent, group after the name's last ')'.
        const char *afterName = std::strrchr(stat, ')');
        char state = 0;
        int parent = 0;
        int pgrp = 0;
        if (afterName && std::sscanf(afterName + 1, " %c %d %d", &state, &parent, &pgrp) == 3 && pgrp == group &&
            state != 'Z' && state != 'X') {
            runs = true;
            break;
        }
    }
    ::closedir(proc);
    return runs;
}

void endProcessGroup(pid_t group, std::chrono::milliseconds grace)
{
    endGroup(group, grace.count(), processGroupRuns);
}

GroupWatchdog::GroupWatchdog(pid_t group, std::chrono::milliseconds grace)
{
    // A socket rather than a pipe: send() with MSG_NOSIGNAL cannot raise SIGPIPE here when
    // the watchdog is already gone.
    int ends[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends) != 0)
        return;
    const int maxFd = int(::sysconf(_SC_OPEN_MAX)); // for a kernel without close_range()
    const pid_t pid = ::fork();
    if (pid == 0)
        watch(ends[0], group, grace.count(), maxFd);
    ::close(ends[0]);
    if (pid < 0) {
        ::close(ends[1]);
        return;
    }
    m_pid = pid;
    m_socket = ends[1];
}

GroupWatchdog::~GroupWatchdog()
{
    if (m_pid <= 0)
        return;
    (void)::send(m_socket, "x", 1, MSG_NOSIGNAL);
    ::close(m_socket);
    while (::waitpid(m_pid, nullptr, 0) < 0 && errno == EINTR) {
    }
}

} // namespace dlstack::engine
