using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class MatrixRules
{
    private static readonly Remediation Remediation = new("https://spec.matrix.org/latest/client-server-api/#post_matrixclientv3logout", "Matrix:AccessToken", "MATRIX_ACCESS_TOKEN");

    // Synapse's access and refresh tokens: "syt_" or "syr_", the user's localpart in unpadded base 64, 20 random letters,
    // and the CRC-32 of all that in 6 base 62 digits, which is checked. A token acts as the user (or the bot) on every
    // room it is in until it is logged out.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "matrix-access-token",
            "Matrix",
            "Matrix (Synapse) access or refresh token (syt_, syr_)",
            Patterns.Token("sy[tr]_[A-Za-z0-9+/]{2,340}_[A-Za-z]{20}_[0-9A-Za-z]{6}", Patterns.Base64 + "_-"),
            new[] { "syt_", "syr_" },
            Remediation)
        {
            MinEntropy = 3.5,
            Validator = HasItsChecksum,
        },
    };

    private static bool HasItsChecksum(string token)
    {
        var cut = token.LastIndexOf('_');
        return Base62.Encode(Crc32.Compute(token.Substring(0, cut)), 6) == token.Substring(cut + 1);
    }
}
