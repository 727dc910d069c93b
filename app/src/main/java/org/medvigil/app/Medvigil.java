package org.medvigil.app;

public final class Medvigil {
    public static void main(String[] args) {
        System.out.println("medvigil");
    }
}
