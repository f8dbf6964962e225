package io.backupconsole;

public final class Main {
    public static void main(String[] args) {
        System.out.println("Backup Console");
    }
}
