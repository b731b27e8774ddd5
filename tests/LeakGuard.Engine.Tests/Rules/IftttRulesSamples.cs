using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class IftttRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.UrlSafe, 22, 92);

    private static readonly string LongKey = FakeKey.Random(FakeKey.UrlSafe, 43, 93);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("ifttt-webhook-key", "a trigger URL", $"url = \"https://maker.ifttt.com/trigger/door_open/with/key/{Key}\"\n", Key)
        .Ignores("ifttt-webhook-key", "a placeholder", "url = \"https://maker.ifttt.com/trigger/{event}/with/key/{your_key}\"")
        .FindsIn("ifttt-webhook-key", "a key of 43 characters", $"requests.post(\"https://maker.ifttt.com/trigger/alarm/json/with/key/{LongKey}\")\n", LongKey);
}
