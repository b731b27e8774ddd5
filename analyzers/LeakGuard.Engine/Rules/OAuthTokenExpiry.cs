using System;
using System.Globalization;

namespace LeakGuard.Engine.Rules;

/// <summary>
/// The expiry an OAuth client saved beside an access token (rclone's <c>token = {"access_token":…,"expiry":"2021-03-01T…"}</c>,
/// Google's authorized-user files' <c>"token_expiry"</c>): past it, the access token grants nothing, and the refresh
/// token beside it is what to report.
/// </summary>
internal static class OAuthTokenExpiry
{
    private static readonly string[] Names = { "\"expiry\"", "\"token_expiry\"", "\"expires_at\"" };

    /// <summary>Whether the line that holds the token names no expiry, or one still ahead.</summary>
    public static bool IsLive(string line, string token)
    {
        foreach (var name in Names)
        {
            var at = line.IndexOf(name, StringComparison.Ordinal);
            if (at >= 0 && ExpiryAfter(line, at + name.Length) is { } expiry)
            {
                return expiry > DateTimeOffset.UtcNow;
            }
        }

        return true;
    }

    /// <summary>The date of a <c>: "…"</c> value that starts at <paramref name="from"/>, if it is one.</summary>
    private static DateTimeOffset? ExpiryAfter(string line, int from)
    {
        var open = line.IndexOf('"', from);
        if (open < 0 || line.Substring(from, open - from).Trim() != ":")
        {
            return null;
        }

        var close = line.IndexOf('"', open + 1);
        if (close < 0)
        {
            return null;
        }

        var written = line.Substring(open + 1, close - open - 1);
        return DateTimeOffset.TryParse(written, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var expiry) ? expiry : null;
    }
}
