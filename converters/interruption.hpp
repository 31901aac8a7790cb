// SIGINT and SIGTERM: a batch stops taking inputs and lets those under way
// finish and be renamed into place; if they are not done within a grace
// period (one long input), or at a second signal, every temporary file is
// removed and the process exits at once. Either way the exit code is
// 128 + the signal (130, 143) and nothing but whole files is left.
#pragma once

#include <chrono>
#include <csignal>
#include <cstddef>
#include <thread>

namespace artconv {

// A batch says how many of its inputs it has taken up, so that an emergency
// stop can say how many were not started.
void note_inputs_taken(std::size_t taken, std::size_t inputs) noexcept;

class InterruptionGuard {
 public:
  // Installs the handlers and starts the watchdog.
  explicit InterruptionGuard(std::chrono::milliseconds grace = std::chrono::milliseconds(700));
  // Stops the watchdog and restores the default handlers.
  ~InterruptionGuard();
  InterruptionGuard(const InterruptionGuard&) = delete;
  InterruptionGuard& operator=(const InterruptionGuard&) = delete;

  // Set once a signal arrived: take no new input.
  const volatile std::sig_atomic_t* flag() const noexcept;
  // The signal that arrived, or 0.
  int signal() const noexcept;

 private:
  std::jthread watchdog_;
};

}  // namespace artconv
