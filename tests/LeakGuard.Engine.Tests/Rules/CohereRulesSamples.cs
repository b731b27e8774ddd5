using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class CohereRulesSamples
{
    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("cohere-api-key", FakeKey.Random(FakeKey.Base62, 40), "COHERE_API_KEY")
        .FindsIn("cohere-api-key", "CO_API_KEY", $"CO_API_KEY={FakeKey.Random(FakeKey.Base62, 40, 2)}", FakeKey.Random(FakeKey.Base62, 40, 2))
        .Ignores("cohere-api-key", "no Cohere context", $"\"sha\": \"{FakeKey.Random(FakeKey.Base62, 40)}\"")
        .Ignores("cohere-api-key", "a generated type name", "# cohere models\ninstance = _messages.MessageField('GoogleCloudAiplatformV1CoherenceInstance', 1)")
        .Ignores("cohere-api-key", "a commit hash next to the word", $"cohere_commit = {FakeKey.Random(FakeKey.Hex, 40)}");
}
