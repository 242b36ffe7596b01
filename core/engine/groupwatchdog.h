// SPDX-License-Identifier: GPL-3.0-or-later
// Ending a program's process group, and GroupWatchdog: a small process that ends it when
// dlstack dies without doing so itself (kill -9, a crash). StreamingRunner starts every
// program in a group of its own; PR_SET_PDEATHSIG there reaches only the program itself,
// never what it started, so the watchdog covers the rest. A process that leaves the group
// (setsid, setpgid) is out of reach of both. Used from the engine's thread.
#pragma once

#include <chrono>

#include <sys/types.h>

namespace dlstack::engine {

// True while a process of `group` runs. Members that exited but are not reaped yet by their
// new parent (zombies) do not count: they hold no file and write nothing.
bool processGroupRuns(pid_t group);

// SIGTERM (and SIGCONT, for a paused group) to every process of `group`; SIGKILL to what
// still runs after `grace`. Returns at once when the group is empty.
void endProcessGroup(pid_t group, std::chrono::milliseconds grace);

class GroupWatchdog
{
public:
    // Forks the watchdog for `group`. If dlstack dies before this object is destroyed, the
    // watchdog does endProcessGroup(group, grace) and exits. Without fork() (out of
    // processes) there is no watchdog; PR_SET_PDEATHSIG still ends the program itself.
    GroupWatchdog(pid_t group, std::chrono::milliseconds grace);
    // The group was dealt with: the watchdog exits at once and is reaped.
    ~GroupWatchdog();
    GroupWatchdog(const GroupWatchdog &) = delete;
    GroupWatchdog &operator=(const GroupWatchdog &) = delete;

private:
    pid_t m_pid = -1;
    int m_socket = -1; // this process's end; its closing (at any death) wakes the watchdog
};

} // namespace dlstack::engine
