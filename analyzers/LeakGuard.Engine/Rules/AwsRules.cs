using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AwsRules
{
    private static readonly Remediation AccessKeyRemediation = new("https://console.aws.amazon.com/iam/home#/security_credentials", "AWS:AccessKeyId", "AWS_ACCESS_KEY_ID");

    private static readonly Remediation SecretKeyRemediation = new("https://console.aws.amazon.com/iam/home#/security_credentials", "AWS:SecretAccessKey", "AWS_SECRET_ACCESS_KEY");

    private static readonly string[] SecretContext = { "aws", "secret_access_key", "SecretAccessKey" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // A key id with its secret key a line or a property away is reported once, over both, so that the pair outranks
        // the key id alone (High) and the secret alone (Medium) in overlap resolution.
        new SecretRule(
            "aws-key-pair",
            "AWS",
            "AWS access key ID and secret access key together (reported once, over both)",
            "(?:^|[^A-Za-z0-9])(?<secret>(?:AKIA|ASIA)[A-Z2-7]{16}" + Pairs.Between(Patterns.Base64) + "[A-Za-z0-9+/]{40})(?:$|[^A-Za-z0-9+/])",
            new[] { "AKIA", "ASIA" },
            SecretKeyRemediation)
        {
            MinEntropy = 3.5,
            IsPlausible = pair => Plausibility.MixesCasesAndDigits(pair.Substring(pair.Length - 40)),
        },
        // AKIA long-term keys, ASIA temporary (STS) keys, ABIA bearer tokens, ACCA context credentials; the 16 characters
        // after the prefix are base 32 (A-Z, 2-7).
        new SecretRule(
            "aws-access-key-id",
            "AWS",
            "AWS access key ID",
            Patterns.Token("(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16}", Patterns.Base62),
            new[] { "AKIA", "ASIA", "ABIA", "ACCA", "A3T" },
            AccessKeyRemediation)
        {
            MinEntropy = 3,
        },

        // Forty characters of base 64 are everywhere (hashes, ids); only the word "aws" nearby makes one a secret key.
        new SecretRule(
            "aws-secret-access-key",
            "AWS",
            "AWS secret access key (40 characters next to the word AWS)",
            // Not after a '.' either: there it is the path of a URL or the end of a dotted name
            // ("docs.aws.amazon.com/AWSEC2/latest/UserGuide/EBSSnapshots.html" holds 40 such characters after "amazon.").
            $"(?:^|[^{Patterns.Base64}_.-])(?<secret>[A-Za-z0-9+/]{{40}})(?:$|[^{Patterns.Base64}_-])",
            SecretContext,
            SecretKeyRemediation)
        {
            Confidence = Confidence.Medium,
            ContextKeywords = SecretContext,
            // 4.35 bits: fewer than one random key in a thousand falls below it, while 40-letter names made of words
            // ("AWSEC2CapacityReservationFleetRolePolicy", about 4.2) do.
            MinEntropy = 4.35,
            IsPlausible = value => Plausibility.MixesCasesAndDigits(value) && !Plausibility.IsMostlyWords(value) && !Plausibility.IsCodeIdentifier(value),
        },

        // Terraform's state of an aws_iam_access_key: its attributes in order, pgp_key null (the secret was not
        // encrypted) right before the secret, and the SES SMTP password derived from it ("B" and 43 characters: base 64
        // of the version byte 4 and an HMAC). The state names neither AWS nor the key near them.
        new SecretRule(
            "aws-iam-access-key-state",
            "AWS",
            "AWS secret access key or SES SMTP password in Terraform state (aws_iam_access_key without a PGP key)",
            "\"pgp_key\"[ \\t]{0,3}:[ \\t]{0,3}null,[ \\t\\r\\n]{0,40}\"secret\"[ \\t]{0,3}:[ \\t]{0,3}\"(?<secret>[A-Za-z0-9+/]{40})\""
            + "|\"ses_smtp_password_v4\"[ \\t]{0,3}:[ \\t]{0,3}\"(?<secret>B[A-Za-z0-9+/]{43})\"",
            new[] { "\"pgp_key\"", "ses_smtp_password_v4" },
            SecretKeyRemediation)
        {
            MinEntropy = 4,
        },

        // The session token of temporary credentials (STS, SSO, an instance's role): with the ASIA key id and its
        // secret it acts as the role until it expires (up to 36 hours).
        new SecretRule(
            "aws-session-token",
            "AWS",
            "AWS session token (temporary credentials)",
            Patterns.Token("(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdzE)[A-Za-z0-9+/]{200,}={0,2}", Patterns.Base64),
            new[] { "IQoJb3JpZ2luX2Vj", "FwoGZXIvYXdzE" },
            new Remediation("https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_disable-perms.html", "AWS:SessionToken", "AWS_SESSION_TOKEN"))
        {
            MinEntropy = 4,

            // Base 64 of binary: most tokens hold a run of "/". AWS's documentation writes "EXAMPLE" into its own.
            RunsBelongToFormat = true,
        },
    };
}
