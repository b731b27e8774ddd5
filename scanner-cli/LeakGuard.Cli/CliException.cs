using System;

namespace LeakGuard.Cli;

/// <summary>An error whose message is shown to the user as is, on one line, with exit code 2.</summary>
internal sealed class CliException : Exception
{
    public CliException(string message)
        : base(message)
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CliException()
    {
    }
}
