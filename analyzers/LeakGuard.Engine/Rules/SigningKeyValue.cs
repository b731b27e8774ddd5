using System;
using System.Linq;

namespace LeakGuard.Engine.Rules;

/// <summary>
/// What a value under a signing key's name must look like to be taken for the key itself, rather than for the name of
/// the setting that holds it, a path to a key file, or a key for tests.
/// </summary>
internal static class SigningKeyValue
{
    private static readonly string[] FileExtensions = { ".pem", ".key", ".pfx", ".p12", ".crt", ".cer", ".json", ".txt", ".xml" };

    private static readonly string[] SlugSecretWords = { "secret", "key", "jwt", "sign", "token", "auth", "pass", "private" };

    public static bool IsPlausible(string value) =>
        value.IndexOf("test", StringComparison.OrdinalIgnoreCase) < 0
        && value.IndexOf("://", StringComparison.Ordinal) < 0
        && !IsReference(value)
        && !IsSettingName(value)
        && !IsFileName(value)
        && !IsCode(value)
        && !IsJoseAlgorithm(value)
        && !IsSlug(value)
        && !IsStorePath(value)
        && !TestKeyInBase64.Matches(value);

    /// <summary>
    /// "kv/data/gateway/prod/jwt": where a secret store keeps the key (an ExternalSecret's remoteRef key, a Vault path),
    /// three segments or more of lower-case words. A random key's base 64 mixes cases in every segment.
    /// </summary>
    private static bool IsStorePath(string value)
    {
        var segments = value.Split('/');
        return segments.Length >= 3
            && segments.All(segment => segment.Length > 0 && segment.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '-' or '.'))
            && GenericValue.IsPathLike(value);
    }

    /// <summary>
    /// "$JWT_KEY", "${JWT_KEY}", "%JWT_KEY%", "@Microsoft.KeyVault(...)", a template's "{signingKey}": the value is
    /// elsewhere. A random key may start with '$', '%', '@' or '{' too, so the rest must read as a reference.
    /// </summary>
    private static bool IsReference(string value) =>
        value.StartsWith("${", StringComparison.Ordinal)
        || (value[0] == '{' && value[value.Length - 1] == '}' && value.All(c => char.IsLetterOrDigit(c) || c is '_' or '.' or '{' or '}'))
        || value.StartsWith("$(", StringComparison.Ordinal)
        || (value[0] == '$' && value.Skip(1).All(c => char.IsLetterOrDigit(c) || c == '_'))
        || (value[0] == '%' && value[value.Length - 1] == '%')
        || value.StartsWith("@Microsoft.KeyVault(", StringComparison.OrdinalIgnoreCase);

    /// <summary>"JWT_SECRET_KEY", "Jwt:Key", "Jwt__Key": the name of the setting that holds the key.</summary>
    private static bool IsSettingName(string value) =>
        Plausibility.IsConstantName(value)
        || ((value.IndexOf(':') >= 0 || value.IndexOf("__", StringComparison.Ordinal) >= 0)
            && value.All(c => char.IsLetterOrDigit(c) || c is '_' or ':' or '.' or '-'));

    /// <summary>
    /// "signer.Public()})", "properties.allowedAudiences": a member call or a property path, as Go's struct literals
    /// and generated serializers write them under a field named Key.
    /// </summary>
    private static bool IsCode(string value)
    {
        var call = value.IndexOf("(", StringComparison.Ordinal);
        var path = call < 0 ? value : value.Substring(0, call);
        var segments = path.Split('.');
        return segments.Length >= 2
            && segments.All(IsIdentifier)
            && (call > 0 || segments.Any(Plausibility.IsCodeIdentifier));
    }

    /// <summary>
    /// "my-backend-integration": lower-case words joined by hyphens that do not speak of a secret, an app's or a
    /// resource's id under a bare "key" (an Atlassian Connect descriptor's). "my-super-secret-key" is a key someone made.
    /// </summary>
    private static bool IsSlug(string value) =>
        value.IndexOf('-') > 0
        && value.All(c => c is (>= 'a' and <= 'z') or '-')
        && !SlugSecretWords.Any(word => value.IndexOf(word, StringComparison.Ordinal) >= 0);

    /// <summary>A JOSE algorithm's name ("PBES2-HS256+A128KW"), which JWT.Encode takes right after the key.</summary>
    private static bool IsJoseAlgorithm(string value) =>
        value.StartsWith("PBES2-HS", StringComparison.OrdinalIgnoreCase) || value.StartsWith("ECDH-ES+", StringComparison.OrdinalIgnoreCase);

    private static bool IsIdentifier(string segment) =>
        segment.Length > 0 && (char.IsLetter(segment[0]) || segment[0] == '_') && segment.All(c => char.IsLetterOrDigit(c) || c == '_');

    private static bool IsFileName(string value)
    {
        if (value[0] is '/' or '~' || value.StartsWith("./", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var extension in FileExtensions)
        {
            if (value.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
