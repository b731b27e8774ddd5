using System;

namespace LeakGuard.Engine.Configuration;

/// <summary>A configuration file that cannot be used; the message is one line, fit to show as is.</summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException(string message)
        : base(message)
    {
    }

    public ConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConfigurationException()
    {
    }
}
