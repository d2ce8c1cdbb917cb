// The error types of vidensgraf and the process exit code each one maps to: the one place
// where exit codes are defined.
#pragma once

#include "model/diagnostics.hpp"

#include <stdexcept>
#include <string>

namespace vidensgraf {

/// Process exit codes, documented in `vidensgraf --help` and the README.
enum class ExitCode : int {
  ok = 0,           ///< success; for validate: the dataset is valid
  invalid_data = 1, ///< the input (dataset, RDF file, query) has errors; they were reported
  usage = 2,        ///< the command line is wrong (unknown option, missing argument)
  output = 3,       ///< an output could not be written (unwritable folder, full disk)
  internal = 4,     ///< a defect in vidensgraf or a library it uses; please report it
};

/// Root of every error vidensgraf throws; carries the exit code the CLI ends with.
class Error : public std::runtime_error {
public:
  Error(const std::string& message, ExitCode code) : std::runtime_error(message), code_(code) {}
  /// The exit code the command line ends with for this error.
  ExitCode exit_code() const noexcept { return code_; }

private:
  ExitCode code_;
};

/// Input that cannot be read or parsed (dataset, metadata, RDF, query); exit code 1.
class InputError : public Error {
public:
  explicit InputError(const std::string& message) : Error(message, ExitCode::invalid_data) {}
};

/// A dataset that was read but breaks the schema; exit code 1. It carries every diagnostic of the
/// reading (warnings too), which the program prints before its message; the library prints nothing.
/// An empty message means the command has reported the problems itself (validate).
class ValidationError : public Error {
public:
  explicit ValidationError(const std::string& message, Diagnostics diagnostics = {})
      : Error(message, ExitCode::invalid_data), diagnostics_(std::move(diagnostics)) {}
  /// What was found, in the order it was found.
  const Diagnostics& diagnostics() const noexcept { return diagnostics_; }

private:
  Diagnostics diagnostics_;
};

/// A wrong command line (unknown entity name, bad option value); exit code 2.
class UsageError : public Error {
public:
  explicit UsageError(const std::string& message) : Error(message, ExitCode::usage) {}
};

/// An output that could not be written; exit code 3.
class OutputError : public Error {
public:
  explicit OutputError(const std::string& message) : Error(message, ExitCode::output) {}
};

/// A broken invariant or a library failure that is not the user's fault; exit code 4.
class InternalError : public Error {
public:
  explicit InternalError(const std::string& message) : Error(message, ExitCode::internal) {}
};

} // namespace vidensgraf
