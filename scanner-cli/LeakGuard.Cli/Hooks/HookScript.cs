using System;

namespace LeakGuard.Cli.Hooks;

/// <summary>
/// The POSIX sh script LeakGuard writes. It fails safe: when the check cannot run (not installed, exit 2) the commit
/// or push is blocked with a message saying how to bypass it. Standard input is buffered because git feeds pre-push
/// hooks the pushed refs there, and both a chained hook and the check must read them.
/// </summary>
internal static class HookScript
{
    /// <summary>The line that marks a hook as LeakGuard's, so install updates it and uninstall removes only it.</summary>
    public const string Marker = "# leakguard-hook:";

    public static bool IsOurs(string content) => content.Contains(Marker, StringComparison.Ordinal);

    public static string For(HookKind kind, string command)
    {
        var (read, pipe) = kind.ReadsStandardInput ? ("input=$(cat)\n", "printf '%s\\n' \"$input\" | ") : (string.Empty, string.Empty);
        return $$"""
            #!/bin/sh
            {{Marker}} {{kind.FileName}} (written by 'leakguard hook install'; remove with 'leakguard hook uninstall')
            {{read}}chained="$(dirname "$0")/{{kind.ChainedFileName}}"
            if [ -x "$chained" ]; then
              {{pipe}}"$chained" "$@" || exit $?
            fi
            {{pipe}}{{command}} {{kind.Check}}
            status=$?
            if [ "$status" -eq 0 ]; then
              exit 0
            fi
            if [ "$status" -eq 1 ]; then
              echo "leakguard: blocked. To bypass knowingly: {{kind.Bypass}}" >&2
              exit 1
            fi
            echo "leakguard: the secret check could not run (exit $status: is '{{command}}' installed?), so this is blocked to be safe." >&2
            echo "leakguard: fix the error above, or bypass knowingly: {{kind.Bypass}}" >&2
            exit 1

            """.ReplaceLineEndings("\n");
    }
}
