#include "interruption.hpp"

#include <signal.h>
#include <unistd.h>

#include <condition_variable>
#include <mutex>
#include <system_error>

#include "output.hpp"

namespace artconv {
namespace {

// What a signal handler may touch: the process-wide part of an interruption.
volatile std::sig_atomic_t g_signal = 0;
volatile std::sig_atomic_t g_count = 0;

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
  static constexpr char kMessage[] = "artconv: interrupted: the input under way was abandoned, no output of it kept\n";
  (void)!::write(STDERR_FILENO, kMessage, sizeof kMessage - 1);
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

const volatile std::sig_atomic_t* InterruptionGuard::flag() const noexcept { return &g_signal; }

int InterruptionGuard::signal() const noexcept { return g_signal; }

}  // namespace artconv
