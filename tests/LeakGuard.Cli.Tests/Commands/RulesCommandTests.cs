using System.Linq;
using System.Threading.Tasks;
using LeakGuard.Cli.Tests.Infrastructure;
using LeakGuard.Engine;
using Xunit;

namespace LeakGuard.Cli.Tests.Commands;

public sealed class RulesCommandTests
{
    [Fact]
    public async Task Lists_every_rule_with_its_provider_and_description()
    {
        var run = await CliRun.Of("rules");

        var lines = run.Out.TrimEnd().Split('\n').Select(l => l.Split('\t')).ToArray();
        Assert.Equal(0, run.ExitCode);
        var rules = BuiltInRules.All.Concat(KeyFiles.All).ToArray();
        Assert.Equal(rules.Select(r => r.Id).Order(System.StringComparer.Ordinal), lines.Select(l => l[0]));
        Assert.Contains(lines, l => l[0] == "pkcs12-file");
        foreach (var line in lines)
        {
            var rule = rules.Single(r => r.Id == line[0]);
            Assert.Equal(rule.Provider, line[1]);
            Assert.StartsWith(rule.Description, line[3], System.StringComparison.Ordinal);
        }
    }
}
