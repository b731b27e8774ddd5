using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class MatrixRulesSamples
{
    private static readonly string Body = FakeKey.Of("sy", "t_", "YWxpY2U", "_", FakeKey.Random(TestKeys.Letters, 20, 1));

    private static readonly string Token = $"{Body}_{Base62.Encode(Crc32.Compute(Body), 6)}";

    private static readonly string RefreshBody = FakeKey.Of("sy", "r_", "bWF0cml4Ym90", "_", FakeKey.Random(TestKeys.Letters, 20, 2));

    private static readonly string RefreshToken = $"{RefreshBody}_{Base62.Encode(Crc32.Compute(RefreshBody), 6)}";

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("matrix-access-token", Token, "MATRIX_ACCESS_TOKEN")
        .FindsIn("matrix-access-token", "matrix-nio's credentials.json, a refresh token", $"{{\"homeserver\": \"https://matrix.example.org\", \"user_id\": \"@matrixbot:example.org\", \"refresh_token\": \"{RefreshToken}\"}}", RefreshToken)
        .Ignores("matrix-access-token", "a checksum that does not match", $"value: {Body}_{Base62.Encode(Crc32.Compute(Body) ^ 1, 6)}");
}
