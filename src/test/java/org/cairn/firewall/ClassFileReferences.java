package org.cairn.firewall;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The methods and constructors a class file refers to, read from its constant pool (JVMS 4.4), as
 * {@code owner.name}, for example {@code java/net/Socket.<init>}. A call anywhere in the class needs such an
 * entry, so a member that is absent from every constant pool cannot be called (reflection aside; see the test).
 */
final class ClassFileReferences {
    private ClassFileReferences() {
    }

    static Set<String> memberReferences(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNameIndex = new int[count];
        int[][] memberRefs = new int[count][];
        int[] nameAndTypeName = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classNameIndex[i] = in.readUnsignedShort();
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                case 9, 10, 11 -> memberRefs[i] = new int[] {tag, in.readUnsignedShort(), in.readUnsignedShort()};
                case 12 -> {
                    nameAndTypeName[i] = in.readUnsignedShort();
                    in.readUnsignedShort();
                }
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                case 17, 18 -> {
                    in.readUnsignedShort();
                    in.readUnsignedShort();
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        Set<String> references = new LinkedHashSet<>();
        for (int[] ref : memberRefs) {
            if (ref != null && ref[0] != 9) {
                String owner = utf8[classNameIndex[ref[1]]];
                String name = utf8[nameAndTypeName[ref[2]]];
                references.add(owner + "." + name);
            }
        }
        return references;
    }
}
