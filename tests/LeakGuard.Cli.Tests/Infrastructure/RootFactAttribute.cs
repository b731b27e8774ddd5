using System;
using Xunit;

namespace LeakGuard.Cli.Tests.Infrastructure;

/// <summary>A fact that needs to act as another user (through <see cref="LeakGuardProcess"/>), which only root may do.</summary>
internal sealed class RootFactAttribute : FactAttribute
{
    public RootFactAttribute()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName != "root")
        {
            Skip = "needs root, to run the tool as the user nobody";
        }
    }
}
