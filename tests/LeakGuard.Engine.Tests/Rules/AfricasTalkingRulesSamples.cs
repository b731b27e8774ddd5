using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AfricasTalkingRulesSamples
{
    private static readonly string Key = FakeKey.Of("atsk", "_", FakeKey.Random(FakeKey.Hex, 72, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("africastalking-api-key", Key, "AT_API_KEY")
        .FindsIn("africastalking-api-key", "the Python SDK", $"africastalking.initialize(\"sandbox\", \"{Key}\")", Key)
        .Ignores("africastalking-api-key", "71 hex digits", $"value: atsk_{FakeKey.Random(FakeKey.Hex, 71, 2)}");
}
