using System.Runtime.InteropServices;

namespace MigrationFeeds.ParseWorker;

/// <summary>
/// The worker's own memory cap, enforced by the kernel: RLIMIT_DATA bounds the private writable memory the process
/// may map (the managed heap as the GC commits it, native allocations, thread stacks). An allocation past it fails,
/// whatever the runtime's own accounting says.
/// </summary>
internal static partial class MemoryCap
{
    private const int RlimitData = 2;

    public static bool Apply(long bytes)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        var limit = new RLimit { Current = (ulong)bytes, Maximum = (ulong)bytes };
        return SetRLimit(RlimitData, in limit) == 0;
    }

    [LibraryImport("libc", EntryPoint = "setrlimit", SetLastError = true)]
    private static partial int SetRLimit(int resource, in RLimit limit);

    [StructLayout(LayoutKind.Sequential)]
    private struct RLimit
    {
        public ulong Current;
        public ulong Maximum;
    }
}
