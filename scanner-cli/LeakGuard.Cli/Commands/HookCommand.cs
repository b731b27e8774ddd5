using System.CommandLine;
using LeakGuard.Cli.Hooks;

namespace LeakGuard.Cli.Commands;

/// <summary><c>leakguard hook install|uninstall</c>: manages the pre-commit (or, with --pre-push, pre-push) hook.</summary>
internal sealed class HookCommand : Command
{
    public HookCommand(CliConsole console)
        : base("hook", "Install or remove LeakGuard's git hook (pre-commit, or pre-push with --pre-push).")
    {
        Subcommands.Add(new HookInstallCommand(console));
        Subcommands.Add(new HookUninstallCommand(console));
    }

    public static Option<bool> PrePushOption() => new("--pre-push")
    {
        Description = "The pre-push hook, which scans the commits being pushed, instead of the pre-commit hook.",
    };

    public static Argument<string> PathArgument() => new Argument<string>("path")
    {
        Description = "Any folder inside the repository; defaults to the current folder.",
        DefaultValueFactory = _ => ".",
    }.RejectingOptions();

    public static HookKind Kind(bool prePush) => prePush ? HookKind.PrePush : HookKind.PreCommit;
}
