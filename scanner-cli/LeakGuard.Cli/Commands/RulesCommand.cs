using System.CommandLine;
using System.Linq;
using LeakGuard.Engine;

namespace LeakGuard.Cli.Commands;

/// <summary><c>leakguard rules</c>: lists every built-in rule, key files' included, one per line, tab-separated.</summary>
internal sealed class RulesCommand : Command
{
    public RulesCommand(CliConsole console)
        : base("rules", "List the detection rules: id, provider, confidence, description.")
    {
        SetAction(_ =>
        {
            foreach (var rule in BuiltInRules.All.Concat(KeyFiles.All).OrderBy(r => r.Id, System.StringComparer.Ordinal))
            {
                var note = rule.Confidence == Confidence.Low ? " (only with --include-generic)" : string.Empty;
                console.Out.WriteLine($"{rule.Id}\t{rule.Provider}\t{rule.Confidence}\t{rule.Description}{note}");
            }

            return ExitCode.Clean;
        });
    }
}
