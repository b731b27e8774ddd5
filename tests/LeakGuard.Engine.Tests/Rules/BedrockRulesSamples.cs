using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class BedrockRulesSamples
{
    private static readonly string AwsBedrockApiKeyKey = FakeKey.Of("AB", "SK", "QmVkcm9ja0FQSUtleS", FakeKey.Random(FakeKey.Base64, 110, 1));

    private static readonly string AwsBedrockShortTermApiKeyKey = FakeKey.Of("bedr", "ock-", "api-key-", "YmVkcm9jay5hbWF6b25hd3MuY29t", FakeKey.Random(FakeKey.Base64, 200, 11));

    // What a short-term key is: base 64 of a presigned URL whose session token alone runs past a thousand characters.
    private static readonly string LongShortTermKey = FakeKey.Of("bedr", "ock-", "api-key-", FakeKey.Base64Of(FakeKey.Of(
        "bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AS", "IA", FakeKey.Random(TestKeys.UpperAlphanumeric, 16, 12),
        "%2F20260101%2Fus-east-1%2Fbedrock%2Faws4_request&X-Amz-Security-Token=IQoJb3JpZ2luX2VjE", "%2F%2F%2F%2F%2F%2F%2F%2F%2F%2F",
        FakeKey.Random(FakeKey.Base62, 1500, 13), "&X-Amz-Signature=", FakeKey.Random(FakeKey.Hex, 64, 14), "&Version=1")));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("aws-bedrock-api-key", AwsBedrockApiKeyKey, "API_KEY")
        .Ignores("aws-bedrock-api-key", "embedded in a longer token", "value: Q" + AwsBedrockApiKeyKey)
        .Ignores("aws-bedrock-api-key", "one character below the minimum length", $"value: {AwsBedrockApiKeyKey[..71]}")
        .Finds("aws-bedrock-short-term-api-key", AwsBedrockShortTermApiKeyKey, "API_KEY")
        .Ignores("aws-bedrock-short-term-api-key", "embedded in a longer token", "value: Q" + AwsBedrockShortTermApiKeyKey)
        .Ignores("aws-bedrock-short-term-api-key", "one character below the minimum length", $"value: {AwsBedrockShortTermApiKeyKey[..93]}")
        .FindsIn("aws-bedrock-short-term-api-key", "a key of over 2,000 characters", $"os.environ['AWS_BEARER_TOKEN_BEDROCK'] = \"{LongShortTermKey}\"", LongShortTermKey);
}
