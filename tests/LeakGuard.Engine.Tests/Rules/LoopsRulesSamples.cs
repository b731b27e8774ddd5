using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class LoopsRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("loops-api-key", Key, "LOOPS_API_KEY")
        .FindsIn("loops-api-key", "the client", $"const loops = new LoopsClient(\"{Key}\");", Key)
        .Ignores("loops-api-key", "no Loops named", $"value: {Key}");
}
