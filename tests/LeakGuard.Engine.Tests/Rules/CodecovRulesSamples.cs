using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class CodecovRulesSamples
{
    private static readonly string CodecovAccessToken = TestKeys.Uuid(1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("codecov-access-token", CodecovAccessToken, "CODECOV_TOKEN")
        .FindsIn("codecov-access-token", "an older token of 32 letters and digits", $"codecov:\n  token: {FakeKey.Random(FakeKey.Base62, 32, 7)}\n", FakeKey.Random(FakeKey.Base62, 32, 7))
        .FindsIn("codecov-access-token", "the GitHub action's input", $"      - uses: codecov/codecov-action@v4\n        with:\n          token: {CodecovAccessToken}\n", CodecovAccessToken)
        .FindsIn("codecov-access-token", "the bash uploader's -t flag", $"coverage: test\n\tbash <(curl -s https://codecov.io/bash) -t {CodecovAccessToken} -F unit\n", CodecovAccessToken)
        .FindsIn("codecov-access-token", "the CLI's --token= flag", $"codecovcli upload-process --token={CodecovAccessToken}\n", CodecovAccessToken)
        .Ignores("codecov-access-token", "a -t flag one character short", $"bash <(curl -s https://codecov.io/bash) -t {CodecovAccessToken[..^1]}\n")
        .Ignores("codecov-access-token", "a -t flag holding a variable", "bash <(curl -s https://codecov.io/bash) -t ${CODECOV_TOKEN}\n")
        .Ignores("codecov-access-token", "a coverage report's id", $"\"codeCoverages\": [\n    {{\n        \"id\": \"{CodecovAccessToken}\",\n")
        .Ignores("codecov-access-token", "no codecov context", $"\"checksum\": \"{CodecovAccessToken}\"")
        .Ignores("codecov-access-token", "one character short", $"codecov: {CodecovAccessToken[..^1]}");
}
