using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ClearbitRulesSamples
{
    private static readonly string Key = FakeKey.Of("sk", "_", FakeKey.Random(FakeKey.Hex, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("clearbit-api-key", Key, "CLEARBIT_API_KEY")
        .FindsIn("clearbit-api-key", "the Python client", $"import clearbit\nclearbit.key = '{Key}'\n", Key)
        .Ignores("clearbit-api-key", "no Clearbit named", $"value: {Key}");
}
