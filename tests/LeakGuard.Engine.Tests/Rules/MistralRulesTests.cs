using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests.Rules;

public class MistralRulesTests
{
    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("mistral-api-key", FakeKey.Random(FakeKey.Base62, 32), "MISTRAL_API_KEY")
        .FindsIn("mistral-api-key", "client constructor", $"var client = new MistralClient(\"{FakeKey.Random(FakeKey.Base62, 32, 2)}\");", FakeKey.Random(FakeKey.Base62, 32, 2))
        .FindsIn("mistral-api-key", "name passed as context", FakeKey.Random(FakeKey.Base62, 32, 3), FakeKey.Random(FakeKey.Base62, 32, 3), "MistralApiKey")
        .Ignores("mistral-api-key", "no Mistral context", $"\"etag\": \"{FakeKey.Random(FakeKey.Base62, 32)}\"")
        .Ignores("mistral-api-key", "model name", "MISTRAL_MODEL=mistral-large-latest-2411-instruct")
        .Ignores("mistral-api-key", "33 characters", $"mistral: {FakeKey.Random(FakeKey.Base62, 33)}");

    public static TheoryData<RuleSample> TruePositives => Samples.TruePositives;

    public static TheoryData<RuleSample> FalsePositives => Samples.FalsePositives;

    [Theory]
    [MemberData(nameof(TruePositives))]
    public void Finds_the_secret_and_its_exact_span(RuleSample sample) => RuleSamples.Verify(sample);

    [Theory]
    [MemberData(nameof(FalsePositives))]
    public void Ignores_the_near_miss(RuleSample sample) => RuleSamples.Verify(sample);
}
