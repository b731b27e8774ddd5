using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class VoiceflowRulesSamples
{
    private static readonly string Key = FakeKey.Of("VF.", "DM.", FakeKey.Random(FakeKey.Hex, 24, 1), ".", FakeKey.Random(FakeKey.Base62, 16, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("voiceflow-api-key", Key, "VOICEFLOW_API_KEY")
        .Ignores("voiceflow-api-key", "one character short", $"value: {Key[..^1]}");
}
