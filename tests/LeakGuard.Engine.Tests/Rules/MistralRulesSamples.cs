using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class MistralRulesSamples
{
    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("mistral-api-key", FakeKey.Random(FakeKey.Base62, 32), "MISTRAL_API_KEY")
        .FindsIn("mistral-api-key", "client constructor", $"var client = new MistralClient(\"{FakeKey.Random(FakeKey.Base62, 32, 2)}\");", FakeKey.Random(FakeKey.Base62, 32, 2))
        .FindsIn("mistral-api-key", "name passed as context", FakeKey.Random(FakeKey.Base62, 32, 3), FakeKey.Random(FakeKey.Base62, 32, 3), "MistralApiKey")
        .Ignores("mistral-api-key", "no Mistral context", $"\"etag\": \"{FakeKey.Random(FakeKey.Base62, 32)}\"")
        .Ignores("mistral-api-key", "model name", "MISTRAL_MODEL=mistral-large-latest-2411-instruct")
        .Ignores("mistral-api-key", "33 characters", $"mistral: {FakeKey.Random(FakeKey.Base62, 33)}");
}
