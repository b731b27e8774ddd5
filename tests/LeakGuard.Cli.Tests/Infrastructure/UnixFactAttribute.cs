using System;
using Xunit;

namespace LeakGuard.Cli.Tests.Infrastructure;

/// <summary>A fact about Unix file modes, FIFOs or symlinks that Windows does not have.</summary>
internal sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Unix only";
        }
    }
}
