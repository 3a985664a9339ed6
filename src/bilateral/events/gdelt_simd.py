"""LLVM intrinsics for the GDELT kernel: what Numba does not expose, written as a few lines of IR.

Why: the kernel's costs were loops over bytes (one iteration, and often one mispredicted branch,
per byte or per field). A 64-byte vector compare, a 16-byte vector copy and the bit-counting
instructions do the same work in a handful of instructions; LLVM lowers the vector operations to
whatever the machine has (AVX2, or SSE2 on any x86-64), so the code stays portable.
"""

from __future__ import annotations

from llvmlite import ir
from numba import types
from numba.extending import intrinsic

MASKS = 6
"""Bitmaps per 64 bytes: see `gdelt_split.M_DELIM` ... `M_MINUS` for their order and meaning."""

_I8 = ir.IntType(8)
_I64 = ir.IntType(64)
_V64 = ir.VectorType(_I8, 64)


def _splat(c: int) -> ir.Constant:
    return ir.Constant(_V64, [ir.Constant(_I8, c)] * 64)


@intrinsic
def _masks64(typingctx, buf, i):  # pragma: no cover - compiled
    """The six bitmaps (`gdelt_split.M_*` order) of buf[i:i+64], from one unaligned 64-byte vector load."""

    def codegen(context, builder, signature, args):
        ary = context.make_array(signature.args[0])(context, builder, args[0])
        v = builder.load(builder.bitcast(builder.gep(ary.data, [args[1]]), _V64.as_pointer()), align=1)
        tab = builder.icmp_unsigned("==", v, _splat(9))
        nl = builder.icmp_unsigned("==", v, _splat(10))
        high = builder.icmp_signed("<", v, _splat(0))
        dot = builder.icmp_unsigned("==", v, _splat(46))
        minus = builder.icmp_unsigned("==", v, _splat(45))
        digit = builder.icmp_unsigned("<", builder.sub(v, _splat(48)), _splat(10))
        other = builder.not_(builder.or_(digit, builder.or_(dot, minus)))
        bits = [builder.bitcast(m, _I64) for m in (builder.or_(tab, nl), nl, high, other, dot, minus)]
        return context.make_tuple(builder, signature.return_type, bits)

    return types.UniTuple(types.uint64, MASKS)(buf, i), codegen


@intrinsic
def _cttz(typingctx, x):  # pragma: no cover - compiled
    """Count of trailing zero bits (64 for 0): LLVM's cttz, one instruction on x86-64."""

    def codegen(context, builder, signature, args):
        return builder.cttz(args[0], ir.Constant(ir.IntType(1), 0))

    return types.uint64(types.uint64), codegen


@intrinsic
def _ctlz(typingctx, x):  # pragma: no cover - compiled
    """Count of leading zero bits (64 for 0)."""

    def codegen(context, builder, signature, args):
        return builder.ctlz(args[0], ir.Constant(ir.IntType(1), 0))

    return types.uint64(types.uint64), codegen


@intrinsic
def _popcount(typingctx, x):  # pragma: no cover - compiled
    def codegen(context, builder, signature, args):
        return builder.ctpop(args[0])

    return types.uint64(types.uint64), codegen


@intrinsic
def _copy16(typingctx, dst, d, src, s):  # pragma: no cover - compiled
    """Copy 16 bytes from src[s] to dst[d] (flat byte offsets into C-contiguous arrays), unaligned.

    The caller copies a field in steps of 16 and lets the last step run past the field's end: a
    loop of one or two steps instead of one per byte (and a mispredicted exit at every length).
    Both arrays must have 16 bytes from each offset.
    """

    def codegen(context, builder, signature, args):
        v16 = ir.VectorType(ir.IntType(8), 16)
        out = context.make_array(signature.args[0])(context, builder, args[0])
        inp = context.make_array(signature.args[2])(context, builder, args[2])
        src_ptr = builder.bitcast(builder.gep(inp.data, [args[3]]), v16.as_pointer())
        dst_ptr = builder.bitcast(builder.gep(out.data, [args[1]]), v16.as_pointer())
        builder.store(builder.load(src_ptr, align=1), dst_ptr, align=1)
        return context.get_dummy_value()

    return types.void(dst, d, src, s), codegen


@intrinsic
def _load8(typingctx, buf, i):  # pragma: no cover - compiled
    """The 8 bytes buf[i:i+8] as one little-endian uint64 (unaligned load); buf must hold them."""

    def codegen(context, builder, signature, args):
        ary = context.make_array(signature.args[0])(context, builder, args[0])
        ptr = builder.bitcast(builder.gep(ary.data, [args[1]]), ir.IntType(64).as_pointer())
        return builder.load(ptr, align=1)

    return types.uint64(buf, i), codegen
