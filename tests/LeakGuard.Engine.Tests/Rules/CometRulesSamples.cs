using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class CometRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Base62, 25, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("comet-api-key", Key, "COMET_API_KEY")
        .FindsIn("comet-api-key", "an experiment", $"import comet_ml\nexperiment = comet_ml.Experiment(api_key=\"{Key}\", project_name=\"vision\", workspace=\"acme\")", Key)
        .Ignores("comet-api-key", "no Comet context", $"\"checksum\": \"{Key}\"");
}
