using System;
using System.Diagnostics;
using System.IO;

namespace LeakGuard.Cli.Tests.Infrastructure;

/// <summary>Runs the built <c>leakguard.dll</c> in its own process, optionally as the unprivileged user <c>nobody</c>.</summary>
internal static class LeakGuardProcess
{
    /// <summary>
    /// Where <c>nobody</c> can reach the tool and the folders it scans. The test run's own temp and build folders may
    /// sit below folders only root may enter (CI gives every run a private 0700 temp folder), so they are copied here.
    /// </summary>
    public static readonly string SharedRoot = Path.Combine("/tmp", "leakguard-nobody-" + Environment.ProcessId);

    private const UnixFileMode OpenMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private static readonly Lazy<string> NobodyTool = new(() => OperatingSystem.IsWindows() ? throw new PlatformNotSupportedException() : StageTool());

    static LeakGuardProcess() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        if (Directory.Exists(SharedRoot))
        {
            Directory.Delete(SharedRoot, recursive: true);
        }
    };

    public static (int Code, string Out, string Error) Run(bool asNobody, params string[] args) => RunWithHome(asNobody, null, args);

    /// <summary>Runs the tool with <c>HOME</c> set to <paramref name="home"/>, when given: git and libgit2 then read only the configuration there.</summary>
    public static (int Code, string Out, string Error) RunWithHome(bool asNobody, string? home, params string[] args)
    {
        var start = new ProcessStartInfo(asNobody ? "setpriv" : "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        if (home is not null)
        {
            start.Environment["HOME"] = home;
            start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        }

        if (asNobody)
        {
            foreach (var arg in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", "dotnet" })
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["DOTNET_CLI_HOME"] = SharedRoot;
        }

        start.ArgumentList.Add(asNobody ? NobodyTool.Value : Path.Combine(AppContext.BaseDirectory, "leakguard.dll"));
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

    /// <summary>A new folder below <see cref="SharedRoot"/> that <c>nobody</c> may enter.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public static TempFolder SharedFolder() => new(OpenTo(Path.Combine(SharedRoot, Guid.NewGuid().ToString("N"))));

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static string StageTool()
    {
        var tool = OpenTo(Path.Combine(SharedRoot, "tool"));
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(tool, Path.GetRelativePath(AppContext.BaseDirectory, file));
            OpenTo(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        return Path.Combine(tool, "leakguard.dll");
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static string OpenTo(string directory)
    {
        Directory.CreateDirectory(directory);
        for (var current = directory; current.StartsWith(SharedRoot, StringComparison.Ordinal); current = Path.GetDirectoryName(current)!)
        {
            File.SetUnixFileMode(current, OpenMode);
        }

        return directory;
    }
}
