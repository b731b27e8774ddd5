using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class NeptuneRulesSamples
{
    private static readonly string Token = FakeKey.Base64Of(FakeKey.Of("{\"api_address\":\"https://app.neptune.ai\",\"api_url\":\"https://app.neptune.ai\",\"api_key\":\"", "9f1e2d3c-4b5a-4c69-8877-", FakeKey.Random(FakeKey.Hex, 12, 1), "\"}"));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("neptune-api-token", Token, "NEPTUNE_API_TOKEN")
        .FindsIn("neptune-api-token", "a run", $"run = neptune.init_run(project=\"acme/vision\", api_token=\"{Token}\")", Token)
        .Ignores("neptune-api-token", "no key in it", $"value: {FakeKey.Base64Of("{\"api_address\":\"https://app.neptune.ai\",\"api_url\":\"https://app.neptune.ai\",\"note\":\"see the docs\"}")}");
}
