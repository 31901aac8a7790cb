#include "interruption.hpp"

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <string>
#include <system_error>

#include "output.hpp"

namespace artconv {
namespace {

// What a signal handler may touch: the process-wide part of an interruption.
volatile std::sig_atomic_t g_signal = 0;
volatile std::sig_atomic_t g_count = 0;
// A batch's inputs, and how many have been taken up, for the message of an emergency stop.
std::atomic<std::size_t> g_inputs{0}, g_taken{0};

extern "C" void on_signal(int number) {
  g_signal = number;
  g_count = g_count + 1;
}

void set_handlers(void (*handler)(int)) {
  struct sigaction action {};
  action.sa_handler = handler;
  sigemptyset(&action.sa_mask);
  // No SA_RESTART: a blocking read of standard input returns EINTR and is
  // reported as interrupted instead of looking like the end of the input.
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

[[noreturn]] void stop_now() {
  remove_temporaries_for_exit();
  // (the watchdog's thread, not a signal handler: a string may be built)
  std::string message = "artconv: interrupted: the input under way was abandoned, no output of it kept";
  if (const std::size_t inputs = g_inputs.load(); inputs > 1) {
    const std::size_t not_started = inputs - std::min(inputs, g_taken.load());
    message += "; ";
    message += std::to_string(not_started);
    message += not_started == 1 ? " input not started" : " inputs not started";
    message += "; run again with --skip-existing to resume";
  }
  message += '\n';
  (void)!::write(STDERR_FILENO, message.data(), message.size());
  ::_exit(128 + g_signal);
}

void watch(std::stop_token stop, std::chrono::milliseconds grace) {
  using Clock = std::chrono::steady_clock;
  Clock::time_point deadline{};
  std::mutex mutex;
  std::condition_variable_any wake;  // woken at once by the stop request, so no run waits for a tick
  std::unique_lock lock(mutex);
  while (!stop.stop_requested()) {
    wake.wait_for(lock, stop, std::chrono::milliseconds(20), [] { return false; });
    if (g_signal == 0) continue;
    if (deadline == Clock::time_point{}) deadline = Clock::now() + grace;
    if ((g_count > 1 || Clock::now() >= deadline) && !stop.stop_requested()) stop_now();
  }
}

}  // namespace

InterruptionGuard::InterruptionGuard(std::chrono::milliseconds grace) {
  g_signal = 0;
  g_count = 0;
  set_handlers(on_signal);
  // Without a watchdog thread (none could be started) a signal still stops
  // the batch between inputs; only a single long input then runs to its end.
  try {
    watchdog_ = std::jthread([grace](std::stop_token stop) { watch(stop, grace); });
  } catch (const std::system_error&) {
  }
}

InterruptionGuard::~InterruptionGuard() {
  if (watchdog_.joinable()) {
    watchdog_.request_stop();
    watchdog_.join();
  }
  set_handlers(SIG_DFL);
}

void note_inputs_taken(std::size_t taken, std::size_t inputs) noexcept {
  g_inputs.store(inputs);
  g_taken.store(taken);
}

const volatile std::sig_atomic_t* InterruptionGuard::flag() const noexcept { return &g_signal; }

int InterruptionGuard::signal() const noexcept { return g_signal; }

}  // namespace artconv
