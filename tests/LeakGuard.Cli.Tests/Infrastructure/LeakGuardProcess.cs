using System;
using System.Diagnostics;
using System.IO;

namespace LeakGuard.Cli.Tests.Infrastructure;

/// <summary>Runs the built <c>leakguard.dll</c> in its own process, optionally as the unprivileged user <c>nobody</c>.</summary>
internal static class LeakGuardProcess
{
    public static (int Code, string Out, string Error) Run(bool asNobody, params string[] args)
    {
        var start = new ProcessStartInfo(asNobody ? "setpriv" : "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        if (asNobody)
        {
            foreach (var arg in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", "dotnet" })
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "leakguard.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }
}
