using System;
using System.IO;

namespace LeakGuard.Cli.Hooks;

/// <summary>
/// Installs and removes LeakGuard's hook in a hooks folder. A foreign hook is never overwritten: it is moved aside and
/// chained (run first), or, when chaining is refused, the install stops with a message. Uninstall puts it back byte for byte.
/// </summary>
internal sealed class HookInstaller
{
    private readonly string folder;
    private readonly HookKind kind;

    public HookInstaller(string folder, HookKind kind)
    {
        this.folder = folder;
        this.kind = kind;
    }

    private string HookPath => Path.Combine(folder, kind.FileName);

    private string ChainedPath => Path.Combine(folder, kind.ChainedFileName);

    /// <summary>Writes the hook; returns what was done, for the user.</summary>
    public string Install(string command, bool chain)
    {
        Directory.CreateDirectory(folder);
        var message = $"installed the LeakGuard {kind.FileName} hook in {folder}";
        if (File.Exists(HookPath) && !HookScript.IsOurs(File.ReadAllText(HookPath)))
        {
            if (!chain)
            {
                throw new CliException($"{HookPath} is not LeakGuard's hook; left untouched (drop --no-chain to run it before LeakGuard's)");
            }

            if (File.Exists(ChainedPath))
            {
                throw new CliException($"{HookPath} is not LeakGuard's hook and {ChainedPath} already exists; resolve by hand");
            }

            File.Move(HookPath, ChainedPath);
            message += $"; your existing hook was kept as {kind.ChainedFileName} and runs first";
        }

        File.WriteAllText(HookPath, HookScript.For(kind, command));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(HookPath, File.GetUnixFileMode(HookPath) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }

        return message;
    }

    public string Uninstall()
    {
        if (!File.Exists(HookPath))
        {
            return $"no {kind.FileName} hook in {folder}; nothing to do";
        }

        if (!HookScript.IsOurs(File.ReadAllText(HookPath)))
        {
            throw new CliException($"{HookPath} is not LeakGuard's hook; left untouched");
        }

        File.Delete(HookPath);
        if (!File.Exists(ChainedPath))
        {
            return $"removed the LeakGuard {kind.FileName} hook from {folder}";
        }

        File.Move(ChainedPath, HookPath);
        return $"removed the LeakGuard {kind.FileName} hook from {folder} and restored the hook it chained to";
    }
}
