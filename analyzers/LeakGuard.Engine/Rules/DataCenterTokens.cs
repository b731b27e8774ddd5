using System;
using System.Linq;

namespace LeakGuard.Engine.Rules;

/// <summary>The tokens Atlassian's Data Center products (Bitbucket, Jira, Confluence) make: base 64 of a 12-digit id, ':' and 20 random bytes.</summary>
internal static class DataCenterTokens
{
    public static bool IsIdAndSecret(string base64)
    {
        var decoded = Convert.FromBase64String(base64);
        return decoded.Length > 13 && decoded.Take(12).All(b => b is >= (byte)'0' and <= (byte)'9') && decoded[12] == (byte)':';
    }
}
